"""Round 20 (honBA, honours: a pilot with no name is no title; counted on 200 random corpus reports, seed 2007,
eval/corpus_samples/honW/round20/).

Each case is a sentence (or its first clauses) of a corpus report outside those 200 reports and outside the gold passages
(report and year after it); the expected pairs (title, recipient; "" for the reporting unit) follow
../shared/gold/GUIDELINES.md and the gold files: no gold honour is a scope and a bare 试点, and dev7 and dev9 list nothing
for `…工程列入国家试点`, `“救急难”工作成为全国试点`.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# a listing verb before scopes and a bare 试点: something became a pilot, the text does not say which one
@pytest.mark.parametrize("text", [
    "居家和社区养老服务纳入全国改革试点。",  # 广安 2022
    "安宁空气压缩储能等3个新型储能项目列入省级示范试点。",  # 昆明 2025
    "沙县小吃管理服务标准化项目入选国家级试点。",  # 三明 2023
    "我市企业牵头成立的“稻米精深加工产业技术创新战略联盟”首次列入国家级试点。",  # 信阳 2014
    "国家农村宅基地制度改革试点任务顺利完成。农村能源革命等16项改革列入国家级改革试点。",  # 承德 2025
    "东区农村产权制度改革被列为国家级试点。",  # 攀枝花 2020
])
def test_a_pilot_with_no_name_is_no_title(text):
    assert extract(text)["honors"] == set()


# what stays: a pilot named by what it tries, and a nameless pilot with a kind of unit (a designation of the place)
@pytest.mark.parametrize("text, pairs", [
    ("苏州工业园区获批相对集中行政许可权改革国家试点，姑苏区、苏州高新区获批省级试点。",
     {("相对集中行政许可权改革国家试点", "苏州工业园区")}),  # 苏州 2016
    ("应县被列为全国农民合作社质量提升整县推进试点县，朔城区被列为省级试点县。",
     {("全国农民合作社质量提升整县推进试点县", "应县"), ("省级试点县", "朔城区")}),  # 朔州 2022
    ("学前教育方面被确定为国家改革试点市，义务教育均衡发展成为全国先进。", {("国家改革试点市", "")}),  # 合肥 2011
])
def test_named_pilots_and_pilot_places_stay(text, pairs):
    assert extract(text)["honors"] == pairs


# the span of a nameless pilot stays taken: no program is read from it (as before, when it was read as a title)
def test_a_nameless_pilot_is_no_program():
    assert extract("居家和社区养老服务纳入全国改革试点。")["programs"] == set()  # 广安 2022
