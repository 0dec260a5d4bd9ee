"""Round 19c (projAD): two named works joined by 和/及/以及 inside one found project name
(kg/extract/entities/round19c_bounds.py). Excerpts from corpus reports (seed 1922's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

SPLIT = [
    # 东莞市 2004: a named trunk road and a named expressway
    ("力争上半年建成松山湖快速干线和龙林高速公路，全线开工建设常虎高速公路和西部干道。",
     {"松山湖快速干线", "龙林高速公路"}, {"松山湖快速干线和龙林高速公路"}),
    # 太原市 2011: the first works carries its own action (外移)
    ("推进东环高速公路外移和国道108复线工程建设。",
     {"东环高速公路外移", "国道108复线工程"}, {"东环高速公路外移和国道108复线工程"}),
    # 太原市 2021: 以及 between a bridge and a road extension
    ("通达桥、晋阳桥、迎宾桥以及滨河东西路南延、晋阳大道等建成通车。",
     {"迎宾桥", "滨河东西路南延"}, {"迎宾桥以及滨河东西路南延"}),
    # 沈阳市 2008: the second is a bare item of the next list (沈抚、沈铁、苏桃等一级公路): it takes the next item's head
    ("沈彰高速公路和沈抚、沈铁、苏桃等一级公路竣工通车，沈康、铁阜等高速公路开工建设。",
     {"沈彰高速公路", "沈抚一级公路"}, {"沈彰高速公路和沈抚", "沈抚"}),
    # 临沂市 2018: two works with an action each
    ("北京东路改扩建工程通车，北疏港公路、岚济路大修及临沂机场改扩建等工程竣工。",
     {"岚济路大修", "临沂机场改扩建"}, {"岚济路大修及临沂机场改扩建"}),
    # 潮州市 2021: a second track and a link line
    ("广梅汕铁路增建二线及厦深联络线、梅汕客专相继通车，厦深铁路饶平站实现始发运营。",
     {"广梅汕铁路增建二线", "厦深联络线"}, {"广梅汕铁路增建二线及厦深联络线"}),
    # 山西省 2022: the second opens the next list (灵丘、繁峙等通用机场)
    ("抓好朔州、晋城机场新建、运城机场改扩建和灵丘、繁峙等通用机场建设。",
     {"运城机场改扩建", "灵丘通用机场"}, {"运城机场改扩建和灵丘", "灵丘"}),
    # 陇南市 2014 (seed 1923): a railway and the first item of a list of expressways
    ("在建重大项目稳步推进，兰渝铁路和武罐、成武、十天高速公路等9个续建省列重大项目完成投资121亿元。",
     {"兰渝铁路", "武罐高速公路"}, {"兰渝铁路和武罐"}),
    # 郑州市 2020 (seed 1923): a ring road and an expressway
    ("确保四环线及大河路快速路建成通车，加快大河路西延等快速路建设。", {"四环线", "大河路快速路"}, {"四环线及大河路快速路"}),
]

WHOLE = [
    # 南宁市 2024: the second is an attachment of the first (配套)
    ("推进南宁吴圩机场改扩建工程和T3航站区及配套设施工程建设，力争新开通全货机航线2条以上。",
     {"T3航站区及配套设施工程"}, {"配套设施工程"}),
    # 嘉峪关市 2014 and 定西市 2021 (seed 1923): a station's forecourt, a substation's outgoing lines
    ("兰新铁路第二双线嘉峪关段、嘉峪关南站及站前广场项目进展顺利。", {"嘉峪关南站及站前广场"}, {"站前广场"}),
    ("通渭风电基地330千伏汇集升压站及送出工程全面建成，陇阳、盘龙山风电场建成并网。",
     {"通渭风电基地330千伏汇集升压站及送出工程"}, {"送出工程"}),
    # 南宁市 2024: the action (改扩建) is written once for both stations
    ("推进五象火车站、南宁站和南宁南站改扩建、大塘至吴圩机场联络线等项目前期工作。",
     {"南宁站和南宁南站改扩建"}, {"南宁南站改扩建"}),
    # 南宁市 2024: the second runs on past the name (友谊关口岸至越南段高速公路)
    ("推动南防铁路南宁至钦州段增建二线及友谊关口岸至越南段高速公路段项目前期工作。", set(), {"友谊关口岸"}),
    # 南京市 2022 and 天津市 2004: 和 inside a word
    ("加快推进小西湖、颐和路等更新项目，完成128个老旧小区功能品质提升改造。", {"颐和路"}, {"颐"}),
    ("基本建成古文化街商贸区，加快建设凤凰城商贸区，启动建设和平广场商贸区。", {"和平广场"}, {"平广场"}),
    # 保山市 2014: the second is a bare head, a part of the first works
    ("重点抓好腾冲槟榔江三岔河龙头水库及电站、龙川江龙头水库及梯级电站、农网改造升级等项目。",
     {"腾冲槟榔江三岔河龙头水库及电站"}, {"电站"}),
    # 无锡市 2023: the first has no head of its own (the head is written once)
    ("锡宜及沪武高速扩建、锡太高速、江阴靖江长江隧道南接线开工建设。", {"锡宜及沪武高速扩建"}, {"锡宜"}),
    # 烟台市 2013: kinds of facilities, no works of their own
    ("新建了一批停车场、公交场站和过街天桥。", set(), {"过街天桥", "公交场站"}),
]


@pytest.mark.parametrize("text,found,not_found", SPLIT)
def test_joined_pair_is_split(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,found,not_found", WHOLE)
def test_pair_kept_whole(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
