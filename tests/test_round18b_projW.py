"""Round 18b (projW: zones, districts and unnamed items read as projects; structures counted on 200 random corpus reports,
seed 1815, eval/corpus_samples/entM/round18b_zones/).

Each case is a sentence of a corpus report outside those 200 reports (report and year after it); what must and must not
be found follows ../shared/gold/GUIDELINES.md and the gold sets' convention (zones, new towns and new districts left out;
named parks of a company or trade, logistics parks and works named as projects kept).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# fix 1: a planned new town (…新城) is a district of the city, no project, as …新区 (round 15b)
@pytest.mark.parametrize("text, absent, present", [
    ("规划建设生命科技产业和健康服务名城，加快建设河西新城、南部新城等片区医疗中心和市公共卫生医疗中心。",  # 南京 2019
     {"河西新城", "南部新城"}, {"市公共卫生医疗中心"}),
    ("加快红谷滩新城建设，推进红角洲——“南昌水城”、金融大街、总部基地、创意产业园建设。",  # 南昌 2008
     {"红谷滩新城"}, set()),
    ("编制全域规划，谋划“八网+产业”发展，启动闽粤经济合作区和高铁新城建设，推进韩东新城和凤泉湖高新区发展。",  # 潮州 2016
     {"闽粤经济合作区和高铁新城", "韩东新城", "高铁新城"}, set()),
    ("加快重点城镇规划编制，扎实推进梨树、伊通、双辽新城建设。",  # 四平 2015
     {"梨树新城", "伊通新城", "双辽新城"}, set()),
])
def test_new_town_is_no_project(text, absent, present):
    projects = extract(text)["projects"]
    assert not projects & absent
    assert present <= projects


@pytest.mark.parametrize("text, present", [
    # named as one of a list of projects: a developer's or a company's complex stays
    ("推动花岗岩一体化、绿色织梦新城等重大项目加快落地。", {"绿色织梦新城"}),  # 贺州 2021
    ("抓好新希望集团100万头生猪养殖基地、滕头和东方园林苗木基地、益客畜禽产品加工产业新城等项目建设，新建扩建规模以上农业龙头企业60家。",
     {"益客畜禽产品加工产业新城"}),  # 泰安 2014
    # a science town named by its trade (…创新城) is no new town
    ("完成陇西中医药产业孵化园、临洮润泽智惠产业创新城等项目主体工程，建成岷县中医药产业孵化园。",  # 定西 2023
     {"临洮润泽智惠产业创新城", "陇西中医药产业孵化园"}),
])
def test_new_town_named_as_project_stays(text, present):
    assert present <= extract(text)["projects"]


@pytest.mark.parametrize("text, present", [
    # a complex that opens for business, or one counted among shopping centres, is a developer's project, no district
    ("建强流通网络，建好农商互联供应链，首衡城·华中国际食品产业新城开业。", {"首衡城·华中国际食品产业新城"}),  # 孝感 2022
    ("此外还动工及建成了华润新城、中信城市广场等集购物、娱乐、休闲于一体的大规模购物中心。", {"华润新城"}),  # 深圳 2003
])
def test_new_town_that_opens_stays(text, present):
    assert present <= extract(text)["projects"]


# fix 2: a scenic area named with its A grade is a designation aimed at or held (a goal, a title or a kind), no project
@pytest.mark.parametrize("text, absent, present", [
    ("加快龙湾5A级景区创建，推进白鸡峰景区开发，启动龙洞地质公园建设，打造“一峰一洞”山水品牌。",  # 通化 2023
     {"龙湾5A级景区"}, {"白鸡峰景区"}),
    ("实施“亚运记忆工程”，推出《湘湖·雅韵》实景演艺项目，永久留存开闭幕式演出及主火炬等精彩亚运记忆，打造滨江奥体4A级景区。",  # 杭州 2024
     {"滨江奥体4A级景区"}, set()),
    ("发挥边境口岸文旅资源优势，加快口岸A级旅游景区创建，办好“万里茶道”“融合之路”等主题活动，发展“中医药+跨境旅游”。",  # 呼伦贝尔 2025
     {"口岸A级旅游景区"}, set()),
])
def test_graded_scenic_area_is_no_project(text, absent, present):
    projects = extract(text)["projects"]
    assert not projects & absent
    assert present <= projects
