"""Round 16 (progP, program precision; causes counted on 200 random corpus reports, seed 1601,
eval/corpus_samples/entN/round16/).

Each case is a sentence of a corpus report outside those 200. A clause (a subject put into a programme with 纳入/列入)
is no program name; a national programme named after the verb (国家…试点/计划) is read alone.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

CLAUSES = [
    # (sentence, names that must not be found, names that must be found)
    ("申创国家金融改革试验区，争取纳入国家金融资产股权投资试点。",
     {"纳入国家金融资产股权投资试点"}, {"国家金融资产股权投资试点"}),  # 郑州 2025
    ("抓好新型职业农民培育工作，力争在全省率先实现全部县（市、区）列入全国试点县。",
     {"全部县（市、区）列入全国试点"}, set()),  # 龙岩 2014
    ("搭建对外交流平台，启动老鸦滩艺术社区等项目，推动景德镇列入青年汉学家研修计划，打造陶瓷爱好者的朝圣之地。",
     {"景德镇列入青年汉学家研修计划"}, set()),  # 景德镇 2023
    ("加大力度推动企业上市，提高经营性国有资产证券化率，争取高新区纳入新三板扩大试点范围。",
     {"高新区纳入新三板扩大试点"}, set()),  # 青岛 2011
    ("争取更多项目列入国家计划。", {"多项目列入国家计划"}, set()),  # 大连 2004
]
# a programme named without the verb glued to it stays
KEPT = [
    ("华锐重工无人卸船机设计填补国内空白，瓦轴超精密制造与检测技术项目列入国家重点研发计划。", "国家重点研发计划"),  # 大连 2020
    ("万源粮油米糠联产项目被列入国家“863”计划。", "863计划"),  # 鹤岗 2014
]


@pytest.mark.parametrize(("text", "absent", "present"), CLAUSES)
def test_clause_is_no_program(text, absent, present):
    programs = extract(text)["programs"]
    assert not programs & absent
    assert present <= programs
    assert not any("纳入" in p or "列入" in p for p in programs)


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_programme_after_verb_kept(text, name):
    assert name in extract(text)["programs"]


# a verb inside a quoted name, or 作为 in 担当作为 / 不作为, leaves the name alone
QUOTED_KEPT = [
    ("深学笃用习近平新时代中国特色社会主义思想，扎实开展“维护核心、铸就忠诚、担当作为、抓实支部”主题教育实践活动。",
     "维护核心、铸就忠诚、担当作为、抓实支部主题教育实践活动"),  # 天津 2019
    ("集中开展社会痛点问题攻坚，深入实施“不担当不作为中梗阻”、违反中央八项规定精神、城市占道经营、市区车辆乱停乱放、"
     "城市出入口环境、再生资源回收、黑车违法经营、农村人居环境、征收拆违、骗贷逃债、偷税漏税、市区周边坟地12个专项整治攻坚。",
     "不担当不作为中梗阻"),  # 辽源 2020
]


@pytest.mark.parametrize(("text", "name"), QUOTED_KEPT)
def test_quoted_verb_kept(text, name):
    assert name in extract(text)["programs"]
