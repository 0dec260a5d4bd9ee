"""Round 17 (honQ, honor recall sweep; structures counted on 200 random corpus reports, seed 1704,
eval/corpus_samples/honW/round17/).

Each case is a sentence of a corpus report outside those 200 reports (report and year after it); the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# fix 1: an adverb of frequency or manner before the trigger (再度, 两度, 三度, 高分; 七获, 五获; 收 of 收获) is no recipient:
# the clause's subject is before it, or the subject carried from the clause before, or the reporting unit
@pytest.mark.parametrize("text, pairs", [
    ("再度荣获全国民族团结进步示范州荣誉。", {("全国民族团结进步示范州", "")}),  # 西双版纳 2023
    ("我市被授予全国群众体育先进单位，三度荣获全国双拥模范市。",  # 长沙 2006
     {("全国群众体育先进单位", ""), ("全国双拥模范市", "")}),
    ("八类案件发案率位列省会城市最低水平，五获全国社会治安综合治理优秀城市。",  # 合肥 2013
     {("全国社会治安综合治理优秀城市", "")}),
    ("高分获评国家食品安全示范城市。", {("国家食品安全示范城市", "")}),  # 宁波 2023 (not 分获 + 评国家…)
    ("西宁再度入选“中国十大旅游避暑城市”。", {("中国十大旅游避暑城市", "西宁")}),  # 西宁 2013
    ("葛店镇、庙岭镇、华容镇再度入选“全国千强镇”，葛店镇居全国第67、全省第1。",  # 鄂州 2023
     {("全国千强镇", "葛店镇"), ("全国千强镇", "庙岭镇"), ("全国千强镇", "华容镇")}),
])
def test_adverb_before_trigger_is_no_recipient(text, pairs):
    assert extract(text)["honors"] == pairs


@pytest.mark.parametrize("text, pairs", [
    # 分获: each of the subjects won one of the titles, as before
    ("榆中县、皋兰县分获全国文明县城和国家卫生县城。", {("全国文明县城", "榆中县"), ("国家卫生县城", "皋兰县")}),
])
def test_respective_wins_stay(text, pairs):
    assert extract(text)["honors"] == pairs


# fix 2: a short quoted name (2 to 5 characters) with a title's head (都, 城市, 市, 县, 鼎, 杯) after a trigger, a scope before
# the quotes at most, is the title, however short
@pytest.mark.parametrize("text, pairs", [
    ("深圳被联合国教科文组织评为“设计之都”，“高交会”、“文博会”等品牌展会的国际影响力进一步扩大。",  # 深圳 2010
     {("设计之都", "深圳")}),
    ("16次获评“最具幸福感城市”，连续19年获评省“平安市”，夺得二星平安金鼎。",  # 宁波 2026
     {("最具幸福感城市", ""), ("省平安市", "")}),
    ("创成“千兆城市”，移动大数据中心建成投用。", {("千兆城市", "")}),  # 连云港 2023
    ("地表水市控以上断面水质优良率提升到93.6%，连续5年获省“大禹鼎”。", {("省大禹鼎", "")}),  # 宁波 2023
])
def test_short_quoted_title(text, pairs):
    assert extract(text)["honors"] == pairs


# what must stay out: a short quoted word with no title's head (a figure of speech, a grade, people counted)
@pytest.mark.parametrize("text", [
    "丘陵山区农机装备产业集群跻身“国家队”，现代化产业体系建设取得标志性成果。",  # 金华 2025
    "在国务院“菜篮子”市长负责制考核中获得“优秀”等次。",  # 大连 2020
    "获评“中国好人”10人、“安徽好人”4人。",  # 宿州 2022
])
def test_short_quoted_word_without_head_is_no_title(text):
    assert extract(text)["honors"] == set()
