"""Shared by the span tests: what each figure of one sentence measures, and which entities a text holds, as the extractor says."""

from __future__ import annotations

from kg.extract.entities.api import _analyse
from kg.extract.measurements import sentence_indicators
from kg.numbers import find_quantities


def indicators_of(sentence: str) -> dict[str, str]:
    """{figure as written: indicator} for every quantity the sentence holds."""
    quantities = find_quantities(sentence)
    return {sentence[q.start:q.end]: name for q, name in zip(quantities, sentence_indicators(sentence, quantities), strict=True)}


def entity_kinds(text: str) -> dict[str, set[str]]:
    """{entity kind: names found} for one text."""
    out: dict[str, set[str]] = {}
    for f in _analyse(text)[0]:
        out.setdefault(f.kind, set()).add(f.name)
    return out
