"""Round 18 (orgU, organization recall; 200 random corpus reports, seed 1803).

Fix 1: a name with a facility head (学院 大学 中心 …) read as a project is an organization when it settles (the first items
of a list that settles: 江西航空职业技术学院、赣东职业技术学院先后落户) or, for the heads of bodies (学院 大学 创新中心 交易中心
分中心, a national bare 中心), when it lands (落地, not 落地建设), starts operating (启动运营, 正式运营; not 建成运营, 投入运营,
建成投用: a building finished) or is formed (完成组建). Venues that land or open stay projects. Counted by
eval/corpus_samples/orgL/round18/scan_settled_facility.py (10 names in 10 of 200 reports).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

SETTLED = [
    # 湛江 2019
    ("湛江海洋科技产业创新中心启动运营。", {"湛江海洋科技产业创新中心"}, set()),
    # 抚州 2022: the first item of a list that settles
    ("在东临新区规划建设高教园区，江西航空职业技术学院、赣东职业技术学院先后落户；",
     {"江西航空职业技术学院", "赣东职业技术学院"}, {"高教园区"}),
    # 葫芦岛 2014
    ("北京语言大学、辽宁省实验中学落户东戴河；", {"北京语言大学", "辽宁省实验中学"}, set()),
    # 济南 2025: lands (落地), while a platform begins to be built
    ("国际医学中心建设发展进入快车道，国家人类遗传资源山东创新中心落地，山东大学国家医学攻关产教融合创新平台开工建设。",
     {"国家人类遗传资源山东创新中心"}, set()),
    # 南京 2024
    ("扎实推动科技自立自强，国家EDA技术创新中心正式运营，第三代半导体技术创新中心产业化取得积极进展。",
     {"国家EDA技术创新中心"}, set()),
    # 贵阳 2007: formed
    ("贵阳一中新校、贵阳大剧院、贵阳市美术馆等建成并投入使用，贵阳学院完成组建，率先在全省实现“两基”目标。",
     {"贵阳学院"}, set()),
    # 海口 2020
    ("推进海南国际文化艺术品交易中心、海南国际清算所挂牌，力争自贸港金融政策在海口率先落地。",
     {"海南国际文化艺术品交易中心"}, set()),
]

STAYS_PROJECT = [
    # 安顺 2022: buildings finished and put to use stay projects
    ("市人民医院新院、市妇幼保健院新院、市养护院、市老年病医院建成投用。", {"市老年病医院"}),
    # 湖南 2024: 落地建设 is building
    ("中国工程科技发展战略湖南研究院、鹏腾生态湖南创新中心落地建设。", {"鹏腾生态湖南创新中心"}),
    # 大连 2024: a venue that opens, not a body
    ("拓展RCEP（大连）国际商务区功能，公共服务平台上线运行，跨境商品展贸中心启动运营。", {"跨境商品展贸中心"}),
]


@pytest.mark.parametrize("text,must,must_not", SETTLED)
def test_settled_facility_is_organization(text: str, must: set[str], must_not: set[str]) -> None:
    out = extract(text)
    assert must <= out["organizations"], out["organizations"]
    assert not must & out["projects"], out["projects"]
    assert not must_not & out["organizations"], out["organizations"]


# 宁夏 2025: a facility of no body's name that lands is no organization
LANDS_NO_BODY = "加快建设亚马逊、腾讯、中国电信、中国移动、航天云等25个数据中心和智算项目，积极争取一批重大项目和灾备中心落地。"


def test_facility_landing_is_no_body() -> None:
    assert "灾备中心" not in extract(LANDS_NO_BODY)["organizations"]


@pytest.mark.parametrize("text,projects", STAYS_PROJECT)
def test_built_facility_stays_project(text: str, projects: set[str]) -> None:
    out = extract(text)
    assert projects <= out["projects"], out["projects"]
    assert not projects & out["organizations"], out["organizations"]
