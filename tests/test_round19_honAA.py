"""Round 19 (honAA, honours: a title read with a 、 inside it is split; counted on 200 random corpus reports, seed 1905,
eval/corpus_samples/honW/round19/).

Each case is a sentence of a corpus report outside those 200 reports and outside the gold passages (report and year after
it); the expected pairs (title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md, the official
gold files and the dev gold files (no gold honour holds a 、 outside brackets; dev17 splits 国家级新医药、新材料出口基地 and
gives each recipient its own).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# whole titles glued by 、 (a streak 九连冠 after one of them): one title each
@pytest.mark.parametrize("text, pairs", [
    ("荣膺全国双拥模范城“九连冠”、全国文明城市“四连冠”。", {("全国双拥模范城", ""), ("全国文明城市", "")}),  # 长春 2022
    ("南宁荣获全国文明城市“六连冠”、国家卫生城市“五连冠”，成为热门旅游目的地和集散地。",
     {("全国文明城市", "南宁"), ("国家卫生城市", "南宁")}),  # 南宁 2026
    ("我市荣获国际花园城市、全国园林绿化先进城市、全国科技进步先进城市“四连冠”、全国双拥模范城“五连冠”等称号。",
     {("国际花园城市", ""), ("全国园林绿化先进城市", ""), ("全国科技进步先进城市", ""),
      ("全国双拥模范城", "")}),  # 泉州 2004
    ("推动创建扎龙国家5A级景区，成为全国首个研学旅行目的地城市、全国十大工业旅游城市、第二批国家文化和旅游消费试点城市。",
     {("全国研学旅行目的地城市", ""), ("全国十大工业旅游城市", ""), ("国家文化和旅游消费试点城市", "")}),  # 齐齐哈尔 2022
])
def test_whole_titles_glued_by_a_comma_are_split(text, pairs):
    assert extract(text)["honors"] == pairs


# items before one shared head: one title per item; with as many recipients, the n-th has the n-th (with or without 分别)
@pytest.mark.parametrize("text, pairs", [
    ("邕江（郁江南宁市段）入选全国幸福河湖、美丽河湖优秀案例。",
     {("全国幸福河湖优秀案例", "邕江"), ("全国美丽河湖优秀案例", "邕江")}),  # 南宁 2026
    ("北海银滩、南宁那考河入选国家级美丽海湾、美丽河湖优秀案例，桂林获评中国人居环境综合奖。",
     {("国家级美丽海湾优秀案例", "北海银滩"), ("国家级美丽河湖优秀案例", "南宁那考河"),
      ("中国人居环境综合奖", "桂林")}),  # 广西 2024
    ("弥河治理经验入选水利部“河湖之变”典型案例，峡山水库、滨海旅游度假区湾区分别获评省级美丽河湖、美丽海湾优秀案例。",
     {("水利部河湖之变典型案例", "弥河治理经验"), ("省级美丽河湖优秀案例", "峡山水库"),
      ("省级美丽海湾优秀案例", "滨海旅游度假区湾区")}),  # 潍坊 2025
])
def test_items_before_a_shared_head_are_split(text, pairs):
    assert extract(text)["honors"] == pairs


# scopes before one title: a first (全国首个) after the title's own scope is no title of its own
def test_scope_of_a_first_is_dropped():
    assert extract("广州入选全球“自然城市计划”并获全球首批、全国首个“灯塔城市”称号。")["honors"] == {
        ("全球自然城市计划", "广州"), ("全球灯塔城市", "广州")}  # 广州 2026


# what must not be split: records, counts, actions, grades, places in rankings, quoted names, rank lists; and the older
# shared-scope split keeps giving both titles to each recipient
@pytest.mark.parametrize("text, wrong", [
    ("广州成为全国第三个消费、外贸“双万亿”城市，形成6个产值超千亿元的先进制造业集群。",
     {"全国第三个消费城市", "全国外贸双万亿城市"}),  # 广州 2026
    ("获中国工业大奖数、工业强基工程项目数全国地级市第一。", {"中国工业大奖数全国地级市", "中国工业强基工程项目数全国地级市"}),  # 常州 2021
    ("在全省首创乡村振兴指导员制度，获评全省推进乡村振兴、巩固拓展脱贫攻坚成果同乡村振兴有效衔接先进市。",
     {"全省推进乡村振兴攻坚成果同乡村振兴有效衔接先进市"}),  # 岳阳 2024
    ("深圳获评平安广东建设、法治广东建设“优秀”等次，群众安全感连续4年实现全省“双第一”。",
     {"平安广东建设优秀", "法治广东建设优秀"}),  # 深圳 2025
    ("大批传统村落、历史文化街区、非物质文化遗产列入国家、省里名录。", {"国家里名录", "省里名录"}),  # 永州 2016
    ("我州体育健儿获得省第十六届运动会金牌榜第三、省第十二届残运会暨第六届特奥会金牌榜第四的好成绩。",
     {"省残运会暨特奥会金牌榜"}),  # 大理 2023
    ("与54个国家和地区开展科技合作，获批建设“一带一路”联合实验室、中拉可持续粮食创新中心等国际科技合作载体。",
     {"一带一路联合实验室中心"}),  # 海南 2026
    ("入选全国首批制造业新型技术改造、“5G+工业互联网”融合应用试点城市。",
     {"全国制造业新型技术改造融合应用试点城市"}),  # 成都 2025
    ("轨道集团成为全省“去平台、市场化”转型标杆。", {"全省去平台", "全省市场化转型标杆"}),  # 长沙 2022
    ("新罗连续五年入选全国综合实力、投资潜力“双百强”区。", {"全国综合实力双百强区", "全国投资潜力双百强区"}),  # 龙岩 2023
])
def test_not_split(text, wrong):
    assert not {title for title, _ in extract(text)["honors"]} & wrong


def test_older_shared_scope_split_gives_each_recipient_both():
    assert extract("市法律援助中心成功创建全国示范窗口，广水市、市地税局等21个单位荣获全国、全省法治创建先进单位。")["honors"] \
        >= {("全国法治创建先进单位", "广水市"), ("全国法治创建先进单位", "市地税局"), ("全省法治创建先进单位", "广水市"),
            ("全省法治创建先进单位", "市地税局")}  # 随州 2014
