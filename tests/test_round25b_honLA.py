"""Round 25b (honLA, honour recipients cut or split across sets): the shared head of a counted list of recipients
(`A、B N个X获评…`, `A等N个X入选…`); counted on 200 random corpus reports, seed 2512, eval/corpus_samples/honW/round25b/.

Each case is a sentence of a corpus report, not of a gold passage (report and year after it); the expected pairs (title,
recipient) follow ../shared/gold/GUIDELINES.md and the gold files that write such lists (dev2 综保区跨境电商特色小镇, dev18
安全应急装备产业集群 and 容和/条山 of `两个商标`, dev28 坝上闪电河/康保康巴诺尔 of `2处湿地`, and every …等N家企业 bare).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# a class noun after the count (企业, 景区, 商标, 湿地): each item is a name on its own, without the head
@pytest.mark.parametrize("text, pair, not_recipient", [
    ("新特能源、新疆众和、阜丰生物3家企业获批国家绿色工厂。", ("国家绿色工厂", "新特能源"), "新特能源企业"),  # 乌鲁木齐 2018
    ("组建了旅游集团总公司，龙湖生态旅游度假区、嘟噜河湿地景区、山水风景区、中国北方共青城、宝泉岭森林博物园5个景区被评为国家3A级旅游景区。",
     ("国家3A级旅游景区", "龙湖生态旅游度假区"), "龙湖生态旅游度假区景区"),  # 鹤岗 2016
    ("复星合力、科力嘉、龙智新材、麻辣王子4家企业获批国家级绿色工厂。", ("国家级绿色工厂", "麻辣王子"), "麻辣王子企业"),  # 岳阳 2025
])
def test_a_class_noun_after_the_count_is_no_part_of_the_names(text, pair, not_recipient):
    honors = extract(text)["honors"]
    assert pair in honors
    assert not any(r == not_recipient for _, r in honors)


# a cluster's, a zone's or a town's head after the count is part of each name, with 等 too
@pytest.mark.parametrize("text, pairs", [
    ("郑州信息技术服务等4个产业集群入选首批国家战略性新兴产业集群发展工程。",  # 河南 2020
     {("国家战略性新兴产业集群发展工程", "郑州信息技术服务产业集群")}),
    ("向“链”发力集聚成群，智能网联新能源汽车、化工新材料等6个产业集群入选首批广西先进制造业集群，入选数量居全区之首。",  # 南宁 2026
     {("广西先进制造业集群", "智能网联新能源汽车产业集群"), ("广西先进制造业集群", "化工新材料产业集群")}),
    ("全椒襄河、凤阳小岗和来安大英3个示范区获批省级示范区。",  # 滁州 2014 (as before this round)
     {("省级示范区", "全椒襄河示范区"), ("省级示范区", "凤阳小岗示范区"), ("省级示范区", "来安大英示范区")}),
    ("临港、湘阴、平江3家高新区获批国家级绿色园区。", {("国家级绿色园区", "临港高新区")}),  # 岳阳 2025 (as before)
])
def test_a_zone_or_cluster_head_after_the_count_is_part_of_each_name(text, pairs):
    assert pairs <= extract(text)["honors"]


# the list's scope is no part of the head an item takes; 等地 closing the last item is no part of it
def test_the_scope_and_dengdi_stay_out_of_the_names():
    honors = extract("东莞松山湖、广州、珠海、佛山、惠州仲恺、中山火炬、江门、肇庆等8个国家高新区获批建设国家自主创新示范区。")["honors"]  # 东莞 2016
    assert ("国家自主创新示范区", "东莞松山湖高新区") in honors
    assert not any(r.endswith("国家高新区") for _, r in honors)
    honors = extract("椒江、黄岩、路桥、天台、仙居等地5个实践案例入选省争先创优“最佳实践”案例，获奖数居全省第一。")["honors"]  # 台州 2021
    assert ("省争先创优最佳实践案例", "仙居") in honors
    assert not any("等地" in r for _, r in honors)
