"""kg.extract._Within (binary search) decides as kg.extract._within (a scan over every span)."""

import random

from kg.extract import _Within, _within
from kg.model import UnitMention


def test_within_matches_the_scan():
    rng = random.Random(9)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 30)
            spans.append((a, a + rng.randint(0, 8)))
        within = _Within(spans)
        for _ in range(20):
            a = rng.randint(0, 30)
            unit = UnitMention(surface="x", name=None, start=a, end=a + rng.randint(0, 6), sentence=0)
            assert within(unit) == _within(unit, spans), (spans, unit.start, unit.end)


def test_the_same_span_is_not_a_longer_one():
    unit = UnitMention(surface="上海", name="上海市", start=3, end=5, sentence=0)
    assert not _Within([(3, 5)])(unit)
    assert _Within([(3, 5), (3, 6)])(unit)
    assert _Within([(2, 5)])(unit)
    assert not _Within([(4, 9), (0, 4)])(unit)
