"""Spaces in a name are the source's layout (a PDF's 国道 102线, “互联网 +” written apart): the name a user sees and the
node it becomes have none, so the same program written with and without them is one name; a space between two Latin
words stays (Discover Jiangxi). Sentences from corpus reports outside the held-out places."""

from __future__ import annotations

import pytest

from tests.test_entities import extract

SPACED = [
    ("启动京沈高速公路与黑山县连接路、国道 102线沟帮子外环路工程。", "projects", "国道102线沟帮子外环路工程"),  # 锦州 2014
    ("推广“互联网 +政务服务”，推行网上行政审批。", "programs", "互联网+政务服务"),  # 安庆 2016
    ("推广“互联网+政务服务”，推行网上行政审批。", "programs", "互联网+政务服务"),  # the same, written tight
]


@pytest.mark.parametrize(("text", "kind", "name"), SPACED)
def test_a_name_has_no_layout_spaces(text, kind, name):
    got = extract(text)[kind]
    assert name in got, got
    assert not any(" " in n for n in got), got


def test_a_space_between_latin_words_stays():
    got = extract("实施“Discover Jiangxi”文旅推广计划。")["programs"]  # 江西 corpus phrase
    assert "Discover Jiangxi文旅推广计划" in got, got


def test_honor_titles_and_recipients_have_no_layout_spaces():
    honors = extract("市第一中学荣获“全国文明 校园”称号。")["honors"]
    assert honors, honors
    assert all(" " not in title and " " not in recipient for title, recipient in honors), honors
