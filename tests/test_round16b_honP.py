"""Round 16b (honP, honor precision; structures counted on 200 random corpus reports, seed 1604,
eval/corpus_samples/honW/round16b/).

Each case is a sentence of a corpus report outside those 200 reports (report and year after it); the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# fix 1: a piece of work with no name of its own (…工作, 经验, 做法, N项成果) received the title, not the reporting unit:
# no honor (the dev gold files list none of their 12 such clauses: 社会救助工作荣获全国先进, …的创新做法入选…十佳案例)
@pytest.mark.parametrize("text", [
    "教育“双减”工作入选全国优秀案例，",  # 镇江 2023
    "湖南自贸试验区2项创新成果入选全国最佳实践案例，",  # 湖南 2025
    "争取更多示范经验入选国家推广清单。",  # 嘉兴 2024 (a goal as well)
    "7项科技成果荣获云南省科学技术奖励。",  # 保山 2025
])
def test_unnamed_work_receives_no_honor_of_the_unit(text):
    assert extract(text)["honors"] == set()


@pytest.mark.parametrize("text, pairs", [
    # a title that names a unit is the reporting unit's, whatever work earned it
    ("普法和依法治市工作被评为全国先进城市。", {("全国先进城市", "")}),  # 兰州 2012
    ("安全生产工作被评为全省优秀单位；", {("全省优秀单位", "")}),  # 张家界 2018
    # a named way of working stays the recipient, and a field (…方面) keeps the reporting unit
    ("“庆数通”为基层减负经验获评全国数字政府创新案例。",  # 大庆 2025
     {("全国数字政府创新案例", "庆数通为基层减负经验")}),
    ("生态环境保护做法入选“2024美丽中国建设实践案例”。",  # 白山 2025
     {("2024美丽中国建设实践案例", "生态环境保护做法")}),
])
def test_unit_titles_and_named_ways_stay(text, pairs):
    assert extract(text)["honors"] == pairs
