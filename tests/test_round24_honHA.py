"""Round 24 (honHA, honour whole misses across sets): a designation scoped by a province's short name or a region of several
places after a weak trigger (列入, 纳入, 成为); counted on 200 random corpus reports, seed 2406, eval/corpus_samples/honW/round24/.

Each case is a sentence of a corpus report, not of a gold passage (report and year after it); the expected pairs (title,
recipient) follow ../shared/gold/GUIDELINES.md and the gold files that list such designations with their region (dev5
川渝异地就医免备案试点城市 and 合芜蚌…示范区, dev7 辽宁…重点项目, dev23 广西化工园区, dev26 湘赣边区域合作示范区).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# a province's or a region's designation after 成为/纳入: read as after 国家…/省级…
@pytest.mark.parametrize("text, pair", [
    ("电子商务产业发展提速，桂中海迅柳北物流基地电子商务示范园区成为广西电子商务示范基地，已有25家电子商务企业入驻。",
     ("广西电子商务示范基地", "桂中海迅柳北物流基地电子商务示范园区")),  # 柳州 2015
    ("六祖小镇成为广东特色小镇创建工作示范点。", ("广东特色小镇创建工作示范点", "六祖小镇")),  # 云浮 2018
    ("主动投身长三角一体化发展，吴江区被纳入长三角生态绿色一体化发展示范区。",
     ("长三角生态绿色一体化发展示范区", "吴江区")),  # 苏州 2021
])
def test_a_region_scoped_designation_after_a_weak_trigger(text, pair):
    assert pair in extract(text)["honors"]


# a designation with no scope after a listing verb (纳入, 列入, 列为): each named recipient has it
def test_a_scopeless_designation_after_a_listing_verb():
    pairs = extract("汉源县、石棉县纳入攀西战略资源创新开发试验区并启动相关工作。")["honors"]  # 雅安 2014
    assert pairs == {("攀西战略资源创新开发试验区", "汉源县"), ("攀西战略资源创新开发试验区", "石棉县")}


# but not a pilot for creating (…创建试点) nor a process joined (…示范区建设), nor a scopeless head after 成为
@pytest.mark.parametrize("text, not_title", [
    ("列入国家低碳城市、新能源示范城市创建试点。", "新能源示范城市"),  # 遵义 2014
    ("国家六部委批复江西省生态文明先行示范区建设实施方案，我省成为全国首批全境纳入生态文明先行示范区建设的省份。",
     "生态文明先行示范区"),  # 江西 2015
    ("风险防控成为影响自由贸易港先行区示范区建设成败得失的最关键变量；", "影响自由贸易港先行区示范区"),  # 儋州 2022
])
def test_no_scopeless_designation_from_a_process_or_a_record(text, not_title):
    assert not_title not in {title for title, _ in extract(text)["honors"]}


# a record or a description after 成为 with a region's name: no title
@pytest.mark.parametrize("text", [
    "省运会筹备工作顺利推进，“三节两赛”成为海南西部最具影响力的文体品牌。",  # 儋州 2022
    "老年人在中心城区免费乘坐公交车，年龄从65周岁调整为60周岁，新增受益272万人次，成为川渝地区率先推行的城市。",  # 达州 2022
    "力争将眉山协同改革先行区纳入川渝自贸试验区协同开放示范区。",  # 眉山 2022: a goal
])
def test_a_region_record_or_goal_is_no_title(text):
    assert extract(text)["honors"] == set()
