"""Round 17b (projR): dev17's project causes 1 and 3 (kg/extract/entities/round17b_projects.py). Excerpts from corpus reports
(seed 1711's 200 and, for fix 2, 长沙 2019), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: a road, bridge, line, airport or waterway (or a list of them) opened to traffic or navigation.
OPENED = [
    # 梅州市 2020
    ("国省道改造年度任务顺利完成，梅畲快线建成通车。", {"梅畲快线"}, set()),
    # 永州市 2025: the shared head completes the list
    ("衡永、永零、永新高速建成通车，零道高速、桂新高速、湘江永衡三级航道三期工程顺利推进。",
     {"衡永高速", "永零高速", "永新高速"}, {"衡永", "永零"}),
    # 哈尔滨市 2011: a time before the verb; a kind of road is no name
    ("“北跃”战略推进迅速，松浦大桥提前半年竣工通车；", {"松浦大桥"}, set()),
    ("实施松花江北岸东方红、三家子、松浦、外贸堤防升级达标和堤顶道路工程建设，力争实现区间道路通车。",
     set(), {"区间道路", "实现区间道路"}),
    # 荆州市 2021, 天津市 2004: opened to flights, trial run
    ("荆州沙市机场即将通航。", {"荆州沙市机场"}, set()),
    ("津滨轻轨开始试运行。", {"津滨轻轨"}, set()),
    # 菏泽市 2021: a time before the name is no part of it
    ("加快重大工程推进速度，确保春节后牡丹机场实现通航。", {"牡丹机场"}, {"春节后牡丹机场"}),
    # 呼和浩特市 2022: part of a road opened; the road is named
    ("昭乌达哲里木快速路全线通车，金海、金盛快速路部分路段通车，主城区车辆平均时速提升6.7%；",
     {"金海快速路", "金盛快速路"}, {"金盛快速路部分路段"}),
    # 南宁市 2018: counted roads are no names
    ("3座立交桥、28条道路建成通车。", set(), {"3座立交桥", "28条道路"}),
]


@pytest.mark.parametrize("text,found,not_found", OPENED)
def test_works_opened_to_traffic_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


# Fix 2: works put on a priority list (纳入/列入/入选 … 重点/重大 … 项目) are projects; the list is no honour.
LISTED = [
    # 长沙市 2019
    ("白石洞水库加快建设，椒花水利枢纽纳入国家重大水利项目库。", {"椒花水利枢纽"}),
    # 锦州市 2023
    ("实施重点工业项目374个，康泰润滑油等6个项目列入省重点工业项目，阳光能源等企业32项产品列入省工业创新产品目录。",
     {"康泰润滑油"}),
    # 温州市 2023: no work named, no honour either
    ("实施扩大有效投资“3121”行动，固定资产投资增长7.8%，入选省重大产业项目、省重点建设项目全省最多。", set()),
]


@pytest.mark.parametrize("text,found", LISTED)
def test_priority_lists_of_works_are_no_honours(text, found):
    got = extract(text)
    assert found <= got["projects"], got["projects"]
    assert not any(title.endswith("项目") for title, _ in got["honors"]), got["honors"]


# Fix 3: 完成/实施 and works done to one named place (the works word kept, 项目 after it dropped, as the official
# 雅山污水处理厂提标改造); a kind of place or a count is no name.
DONE_WORKS = [
    # 福州市 2026
    ("完成福州熊猫世界提升改造。", {"福州熊猫世界提升改造"}, set()),
    # 天津市 2003
    ("完成月牙河二期改造，综合治理新开河、外环河、四化河和北塘排污河。", {"月牙河二期改造"}, set()),
    # 十堰市 2020
    ("实施神定河污水处理升级改造项目，更大力度改善提升神定河水质。", {"神定河污水处理升级改造"}, {"神定河污水处理升级改造项目"}),
    # 铜川市 2023
    ("强化源头治理、系统治理，完成漆沮河重点区域排水管雨污分流改造，建成新区再生水管网和新材料产业园净水厂。",
     {"漆沮河重点区域排水管雨污分流改造"}, set()),
    # 日照市 2021, 兰州市 2015: kinds
    ("实施河湖水系综合整治，建设水利工程35项，完成125个村饮水提升工程。", set(), {"河湖水系综合整治"}),
    ("加强交通智能化管理，完成城区小街巷交通微循环改造，加大交通执法力度。", set(), {"城区小街巷交通微循环改造"}),
]


@pytest.mark.parametrize("text,found,not_found", DONE_WORKS)
def test_works_done_to_a_named_place_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


def test_flight_routes_are_no_works():
    # 东莞市 2022 (a shipping route opened is no project)
    text = "港澳客运码头至澳门水上客运航线正式通航，东莞-香港国际空港中心项目试运行。"
    projects = extract(text)["projects"]
    assert "港澳客运码头至澳门水上客运航线" not in projects, projects
