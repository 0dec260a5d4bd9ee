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


# a record or a description after 成为 with a region's name: no title
@pytest.mark.parametrize("text", [
    "省运会筹备工作顺利推进，“三节两赛”成为海南西部最具影响力的文体品牌。",  # 儋州 2022
    "老年人在中心城区免费乘坐公交车，年龄从65周岁调整为60周岁，新增受益272万人次，成为川渝地区率先推行的城市。",  # 达州 2022
    "力争将眉山协同改革先行区纳入川渝自贸试验区协同开放示范区。",  # 眉山 2022: a goal
])
def test_a_region_record_or_goal_is_no_title(text):
    assert extract(text)["honors"] == set()
