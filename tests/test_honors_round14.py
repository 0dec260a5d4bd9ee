"""Round 14 (structures around honors counted on random corpus reports, seed 1414): honors.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1414,
eval/corpus_samples/entN/README.md, round 14) and outside the places of the held-out sets; the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# items written before one shared head: one title each, the scope of the first carried to every item (the dev14 gold
# writes 国家长期护理保险试点城市, 国家养老服务业综合改革试点城市, 国家公办养老机构改革试点城市 for one such list)
@pytest.mark.parametrize("text, pairs", [
    ("我市被列为全国城市医联体、医保支付方式改革试点城市。",  # 吉林市 2020
     {("全国城市医联体试点城市", ""), ("全国医保支付方式改革试点城市", "")}),
    ("宝鸡、咸阳分别成为国家制造业新型技术改造、中小企业数字化转型试点城市。",  # 陕西 2026: 分别 pairs them
     {("国家制造业新型技术改造试点城市", "宝鸡"), ("国家中小企业数字化转型试点城市", "咸阳")}),
    ("满洲里市获批国家边境旅游、跨境电子商务综合试验区。",  # 呼伦贝尔 2021: the shortest designation head is shared
     {("国家边境旅游试验区", "满洲里市"), ("国家跨境电子商务综合试验区", "满洲里市")}),
    ("入选空港型、港口型国家物流枢纽。",  # short items of one length: the rest of the last is the head
     {("空港型国家物流枢纽", ""), ("港口型国家物流枢纽", "")}),
])
def test_items_before_one_shared_head(text, pairs):
    assert extract(text)["honors"] == pairs


# scopes written before one head (国家级、省级…): one title per scope; a province's 唯一 after the national scope is no title
@pytest.mark.parametrize("text, pairs", [
    ("荣成市、文登区分别入选国家级、省级农村综合改革试验区。",  # 威海 2021
     {("国家级农村综合改革试验区", "荣成市"), ("省级农村综合改革试验区", "文登区")}),
    ("我市获评全国首批、全省唯一禁毒示范城市。", {("全国禁毒示范城市", "")}),
])
def test_scopes_before_one_head(text, pairs):
    assert extract(text)["honors"] == pairs


def test_one_title_keeps_its_bracketed_levels():
    """产粮大县（市、区）: the 、 inside brackets splits nothing."""
    assert extract("五常、双城被评为全国产粮大县（市、区）。")["honors"] == {
        ("全国产粮大县（市、区）", "五常"), ("全国产粮大县（市、区）", "双城")}


# a region's only or first before a national designation is no part of the title
@pytest.mark.parametrize("text, pair", [
    ("沈阳经济技术开发区成为东北首个国家生态工业示范园区。", ("国家生态工业示范园区", "沈阳经济技术开发区")),  # 沈阳 2014
    ("蚌埠玻璃院获批全省唯一国家级引才引智示范基地。", ("国家级引才引智示范基地", "蚌埠玻璃院")),  # 蚌埠 2020
    ("莫尔格勒河景区成为全区首家国家5A级草原主题景区。", ("国家5A级草原主题景区", "莫尔格勒河景区")),
])
def test_a_regions_first_is_no_part_of_the_title(text, pair):
    assert extract(text)["honors"] == {pair}


def test_a_record_first_is_no_title():
    """成为全国首个…: a record after a weak trigger names no designation received (tried and dropped this round)."""
    assert extract("北仑港站成为全国首个百万箱级铁路港站。")["honors"] == set()


# an evaluation passed is no title, also when a stop word or the body that checks stands before the check word
@pytest.mark.parametrize("text", [
    "鹰潭市率先通过全国义务教育优质均衡发展督导评估认定。",  # 鹰潭 2022
    "揭东区率先通过省推进教育现代化先进县的督导验收。",
    "顺利通过国家园林城市复检。",  # 儋州 2021
])
def test_a_passed_check_is_no_title(text):
    assert extract(text)["honors"] == set()


def test_a_passed_check_then_a_title():
    assert extract("顺利通过全国文明城市复检，入选国家海绵城市建设示范市。")["honors"] == {("国家海绵城市建设示范市", "")}


# a place in a ranking (前10强, 前10位) is no title, whatever the trigger (as 进入…前5强 in round 13)
@pytest.mark.parametrize("text", [
    "“网上宿迁”跻身中国政府网站绩效评估前四强。",  # 宿迁 2014
    "广元成功入选中国最干净城市排行榜前10位。",  # 广元 2022
])
def test_a_place_in_a_ranking_is_no_title(text):
    assert extract(text)["honors"] == set()


@pytest.mark.parametrize("text, pair", [
    # round 21b (honEA): 某集团入选中国企业500强 is no title any more (a ranked list of enterprises)
    ("我县跻身全国县域经济百强县。", ("全国县域经济百强县", "")),
])
def test_a_ranked_list_stays_a_title(text, pair):
    """a list of the first N (500强, 百强县) names its own kind: no place in a ranking."""
    assert extract(text)["honors"] == {pair}


# 全域/全市域 before a trigger is the unit itself (全市域创成… gave the recipient 域; 全域获评… lost the honor)
@pytest.mark.parametrize("text, pair", [
    ("全域创成“中国天然氧吧”。", ("中国天然氧吧", "")),  # 永州 2022
    ("全市域创成全国民族团结进步示范县。", ("全国民族团结进步示范县", "")),  # 固原 2022
    ("安吉县全域获评国家级旅游度假区。", ("国家级旅游度假区", "安吉县")),
])
def test_the_whole_area_is_the_unit(text, pair):
    assert extract(text)["honors"] == {pair}


# titles no longer cut inside their last word
@pytest.mark.parametrize("text, pairs", [
    ("桃墅村入选第六批中国传统村落。", {("中国传统村落", "桃墅村")}),  # 景德镇 2023
    ("西双版纳斗鸡、茶花鸡获批中国地理标志证明商标。",  # 西双版纳 2014
     {("中国地理标志证明商标", "西双版纳斗鸡"), ("中国地理标志证明商标", "茶花鸡")}),
    ("嘉兴黑猪入选国家农产品地理标志。", {("国家农产品地理标志", "嘉兴黑猪")}),
    ("宁波都市圈获批国家级都市圈。", {("国家级都市圈", "宁波都市圈")}),
    ("三和园孵化器获批国家级科技企业孵化器。", {("国家级科技企业孵化器", "三和园孵化器")}),  # 阳泉 2020
    ("高新区创业中心获批国家级孵化器。", {("国家级孵化器", "高新区创业中心")}),  # 连云港 2020
])
def test_titles_end_with_their_whole_word(text, pairs):
    assert extract(text)["honors"] == pairs


# a reward (奖励) names no prize; a certification or registration after a title is a step, not the title
@pytest.mark.parametrize("text", [
    "河北有51项科研成果获国家科学技术奖励。",  # 河北 2021
    "我市作为先进典型获省政府通报奖励。",
    "盐池滩羊获国家农产品地理标志认证。",
])
def test_a_reward_or_a_certification_is_no_title(text):
    assert extract(text)["honors"] == set()


@pytest.mark.parametrize("text, pair", [
    ("上思县荣获中国最美县域称号。", ("中国最美县域", "上思县")),  # 防城港 2021: no 中国最美县
    ("宿州高新区数字小镇入围中国特色小镇50强。", ("中国特色小镇50强", "数字小镇")),  # 宿州 2021: the ranked list entered
])
def test_no_cut_inside_a_word_or_before_a_rank(text, pair):
    assert extract(text)["honors"] == {pair}
