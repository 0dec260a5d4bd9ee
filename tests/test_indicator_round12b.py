"""Indicator spans, issue #4 round 12b: boundary causes left by round 12, each confirmed on the corpus and fixed by
patterns. Every sentence is from a corpus report outside the held-out places (place/year in the comment), each case
from a different report."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    # 第一、二、三产业 written once: 第 and 产业 (and the amount after them) are every member's
    ("其中第一、二、三产业分别增长5.3%、14.9%和11%。", "14.9%", "第二产业"),  # 贵州/2005 (sample L)
    ("其中第一、二、三产业分别增长5.3%、14.9%和11%。", "11%", "第三产业"),  # 贵州/2005 (sample L)
    ("第一、二、三产业增加值分别增长3.5%、13.5%、13%", "13.5%", "第二产业增加值"),  # 莆田/2014
    ("其中第一、二、三产业分别实现增加值163亿元、603亿元、349亿元", "349亿元", "第三产业"),  # 娄底/2014
    ("第二、三产业增加值分别增长12%和9%", "12%", "第二产业增加值"),  # the two-member form (27 reports write 第二、三 or 第一、二)
    # 率先 (and where it leads) before what the figure reaches is no part of what is measured
    ("新能源新材料产业率先突破500亿元，通威太阳能成为全市首个", "500亿元", "新能源新材料产业"),  # 眉山/2022 (sample L)
    ("太阳山开发区产值率先突破300亿元", "300亿元", "太阳山开发区产值"),  # 吴忠/2025
    ("规模以上工业企业复工率在全省率先达到100%", "100%", "规模以上工业企业复工率"),  # 许昌/2021
    ("“粤商通”注册使用率全省率先实现100%", "100%", "“粤商通”注册使用率"),  # 云浮/2022
    # …and when nothing is left before it, the figure is the clause's subject's
    ("地区生产总值增长7.5%、在全省地级市中率先突破4000亿元，规上工业增加值增长", "4000亿元", "地区生产总值"),  # 绵阳/2023
    # 递增 is a growth verb, 年均递增 an average one
    ("五年来全省财政收入年均递增10.7%", "10.7%", "财政收入"),  # 黑龙江/2003
    ("全社会消费品零售总额年均递增12%", "12%", "全社会消费品零售总额"),  # 宁波/2006
    ("接待游客、旅游总收入分别年均递增18.56%和20%", "20%", "旅游总收入"),  # 景德镇/2016
    # 有 (共有, 已有, 约有) between what is counted and its figure is a predicate, not part of the name
    ("全省34户省调主力火电企业有26户实现煤电联营，省内七大煤炭企业分别与有关发电企业签署", "26户", "省调主力火电企业"),  # 山西/2014
    ("城市主次干道已达到480公里、雨污管网已有1450公里，累计改造了棚户区1047万平方米", "1450公里", "雨污管网"),  # 安庆/2020
    ("二级指标包括科教投入、人才资源、经济社会环境、创业环境、创新载体、成果产出和经济社会发展等7个，三级指标有23个。", "23个",
     "三级指标"),  # 杭州/2009
        # a list of standards whose other members read as whole names: the last member's 标准 (or what follows a modifier
    # parallel to the first member) is every member's
    ("城市低保、农村低保标准分别提高4.5%和7.5%以上", "4.5%", "城市低保标准"),  # 葫芦岛/2021
    ("城市居民、农村居民最低生活保障标准分别提高10.2%和11.3%，农村五保户供养补助", "10.2%", "城市居民最低生活保障标准"),  # 亳州/2014
    # 办复 opens a clause before the motions and proposals answered
    ("组织实施人大议案1件，办复人大代表建议265件、政协提案347件。", "265件", "人大代表建议"),  # 苏州/2020
    ("自觉接受政协监督，办复省、市政协委员提案665件，满意率达100%。", "665件", "省、市政协委员提案"),  # 福州/2026
])
def test_round12b_spans(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_ordinal_list_needs_one_figure_per_member() -> None:
    # two ordinals but three figures: the list is not split into industries the sentence does not name
    got = indicators_of("第二、三产业增加值分别增长12%、9%和8%")
    assert not {"第一产业增加值", "第二产业增加值", "第三产业增加值"} & set(got.values())

