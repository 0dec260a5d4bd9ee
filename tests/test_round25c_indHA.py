"""Indicator spans, issue #4 round 25c (indHA). Every sentence is from a corpus report (place/year in the comment), not
from the gold files' passages.

Fix 1: a figure written after a member only — a level (国家级, 省级, 自治区级…) or a scope (省本级, 市本级, 州直, 中心城区,
农村…) or a division's full name —, right after a total (其中X…, or 、X… in a list), measures the total's thing for that
member: the member + the total's indicator, a level word replacing the total's own level (dev28 伊犁: 其中州直8445万人次 ->
州直游客; sample D: 新增国家级试点13项、省级19项 accepts 省级试点). The figures a 分别 after the list gave the member's
name follow. 12 of 200 corpus reports (seed 2531), 15 figures. Guards: a total that names its own scope
(城市居民…建档率…，农村达到15%), counted things that end like places (示范乡镇1个、示范村3-5个), a member figure in
another unit than the total.
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figures", [
    ("厉行勤俭节约，全省“三公”经费支出下降29.5%、省级下降25.3%，节约资金全部用于民生建设。",
     {"29.5%": "“三公”经费支出", "25.3%": "省级“三公”经费支出"}),  # 甘肃省/2018
    ("加快农业产业化集群培育，发展市级以上农业产业化重点龙头企业270家，其中国家级4家、省级53家，农业产业化经营组织4118家。",
     {"4家": "国家级农业产业化重点龙头企业", "53家": "省级农业产业化重点龙头企业"}),  # 商丘市/2014
    ("新增省级“专精特新”企业105家、国家级4家，上榜江苏独角兽和瞪羚企业29家、创历史新高。",
     {"105家": "省级“专精特新”企业", "4家": "国家级“专精特新”企业"}),  # 宿迁市/2025
    ("新增市级以上龙头企业39家，认定国家级现代农业产业园1个、自治区级2个。",
     {"2个": "自治区级现代农业产业园"}),  # 赤峰市/2025
    ("加快公共区域、居民小区充电设施建设，充电桩达到70万台以上，其中农村超过14万台。",
     {"70万台": "充电桩", "14万台": "农村充电桩"}),  # 山东省/2024
    ("新增城区义务教育学位8.51万个，其中中心城区3.2万个，新增农村公办幼儿园55所。",
     {"3.2万个": "中心城区义务教育学位", "55所": "农村公办幼儿园"}),  # 永州市/2016
    ("全年完成城乡建设投入60亿元，其中中心城市完成20亿元。", {"20亿元": "中心城市城乡建设投入"}),  # 烟台市/2005
])
def test_member_takes_the_total(sentence: str, figures: dict[str, str]) -> None:
    found = indicators_of(sentence)
    for figure, indicator in figures.items():
        assert found[figure] == indicator


@pytest.mark.parametrize("sentence, figures", [
    ("全年完成地方公共财政预算收入423.5亿元，其中市本级233.9亿元，分别增长5.3%和10.7%。",
     {"233.9亿元": "市本级地方公共财政预算收入", "5.3%": "地方公共财政预算收入",
      "10.7%": "市本级地方公共财政预算收入"}),  # 哈尔滨市/2015
    ("全市财政安排教育资金73.4亿元，其中市本级14.8亿元，分别增长34.2%和16.8%。",
     {"14.8亿元": "市本级教育资金", "34.2%": "教育资金", "16.8%": "市本级教育资金"}),  # 唐山市/2012
])
def test_member_name_follows_into_fenbie(sentence: str, figures: dict[str, str]) -> None:
    found = indicators_of(sentence)
    for figure, indicator in figures.items():
        assert found[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # the total names its own scope: no 农村城市居民…
    ("逐步建立居民健康档案，城市居民健康档案规范化建档率达到40%，农村达到15%。", "15%", "农村"),  # 河北省/2010
    # counted things that end like places are no member
    ("每个县（市、区）打造现代化建设示范乡镇1个、示范村3-5个。", "5个", "示范村"),  # 绥化市/2021
])
def test_not_a_breakdown(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_member_in_another_unit_is_left() -> None:
    # 地方级财政收入131.2亿元 … 其中市本级增长6.7%: a growth, no total in %
    found = indicators_of("地方级财政收入131.2亿元，低于上年水平，其中市本级增长6.7%；")  # 吉林市/2015
    assert found["6.7%"] != "市本级地方级财政收入"
