"""Shared by the indicator span tests: what each figure of one sentence measures, as the extractor says."""

from __future__ import annotations

from kg.extract.measurements import sentence_indicators
from kg.numbers import find_quantities


def indicators_of(sentence: str) -> dict[str, str]:
    """{figure as written: indicator} for every quantity the sentence holds."""
    quantities = find_quantities(sentence)
    return {sentence[q.start:q.end]: name for q, name in zip(quantities, sentence_indicators(sentence, quantities), strict=True)}
