"""Round 26, the lead's small fixes: 特别是/尤其是 before a named figure is a discourse marker, not part of what is measured
(like 其中 and 同时, which LEADING already drops). Sentences from corpus reports (report in comments)."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("全社会用电量、公路货物周转量等先行指标保持较快增长，尤其是工业用电量保持8.4%以上增幅。", "8.4%", "工业用电量"),  # 长沙/2023
    ("特别是文化产业增加值达到30.9亿元，增长27%；", "30.9亿元", "文化产业增加值"),  # 兰州/2013
])
def test_a_discourse_marker_opens_no_indicator(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_the_marker_words_inside_a_name_stay():
    # 特别 inside a name is not the marker 特别是 (特别国债)
    assert indicators_of("争取特别国债资金12亿元。")["12亿元"].endswith("资金")
