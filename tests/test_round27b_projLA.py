"""Round 27b (projLA): a 、 list whose every item is a named road, railway or bridge, in a sentence about works.

Cases from corpus reports of seed 2771 (the study 200) and one from a studied gold passage (dev30, 长春 2012);
see eval/corpus_samples/entM/round27b_projLA/README.md.
"""

from __future__ import annotations

import pytest

from tests.spans import entity_kinds

FIND = [
    # 兰州 2013: the list is the subject of 建成通车
    ("构建“一横三环九纵”骨干路网体系，力争南山路、北环路建成通车，形成城市二环路。", {"南山路", "北环路"}),
    # 石家庄 2025: closed by 等4条主街主路 + a works predicate
    ("上安电厂余热入市二期工程竣工投用，中华大街、平安大街等4条主街主路完成改造提升，新建地下综合管廊11.4公里。", {"中华大街", "平安大街"}),
    # 淮北 2016
    ("加快推进13条断头路建设，鹰山南路、光明路顺利贯通。", {"鹰山南路", "光明路"}),
    # 阜新 2023
    ("创业路、振兴路等骨干街路改造升级。", {"创业路", "振兴路"}),
    # 牡丹江 2016: a section (西延) kept, a space before the count
    ("牡海公路开工建设，牡丹峰公路、青梅大桥竣工，黄花路西延、宁古塔街等 41条道路实现通车，城市框架进一步拉开。", {"黄花路西延", "宁古塔街"}),
    # 滨州 2024: railways
    ("津潍高铁、济滨高铁建设进度全线领先，滨州港5万吨级航道工程开工建设。", {"津潍高铁", "济滨高铁"}),
    # 绥化 2025: 市本级 is no part of the name
    ("新建改造供排水管网239公里、燃气供热管网76公里，市本级西三路、海城街等6条路实现通车。", {"西三路", "海城街"}),
    # dev30 (长春 2012): bare streets, none read before
    ("3座跨伊通河大桥、109条道路竣工通车，远达大街、机场大道、北凯旋路、东自由大路、东吉林大路建设顺利推进。",
     {"远达大街", "机场大道", "北凯旋路", "东自由大路", "东吉林大路"}),
]

NOT = [
    # 呼和浩特 2014: works in use cited as an advantage
    ("增强大型商业综合体的新功能，充分发挥呼包鄂城际铁路、呼朔高速开通的优势，扩大对晋北、陕北等周边地区的辐射能力。", {"呼包鄂城际铁路", "呼朔高速"}),
    # 枣庄 2016: the works are the overpasses at the roads (等公铁立交), not the roads
    ("东西沙河治理工程全面竣工，解放路、胜利路等公铁立交建成通车，枣庄客运中心建成启用。", {"解放路", "胜利路"}),
    # 嘉峪关 2023: greening on both sides of the roads
    ("改造提升3个口袋公园，对河口路、镜铁路等道路两侧绿化进行改造，完善城市公园基础设施和服务功能。", {"镜铁路"}),
    # 南昌 2017: roads forming a ring, named as its parts
    ("尽快启动莘洲大道、昌南大道建设改造，努力形成莘洲大道、英雄大道、昌西大道、祥云大道、生米大桥、昌南大道、高新大道等构成的城市第二环；",
     {"英雄大道", "祥云大道", "生米大桥", "高新大道"}),
    # a kind, not a named road
    ("新增50个乡镇通油路、555个建制村通公路，农村公路、城市道路建设加快。", {"农村公路", "城市道路"}),
]


@pytest.mark.parametrize(("text", "names"), FIND)
def test_found(text, names):
    assert names <= entity_kinds(text).get("project", set())


@pytest.mark.parametrize(("text", "names"), NOT)
def test_not_found(text, names):
    assert not names & entity_kinds(text).get("project", set())
