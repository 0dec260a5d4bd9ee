"""Score programs and honors on the hand-judged corpus sentences in programs_honors.json.

    PYTHONPATH=$PWD python eval/corpus_samples/score.py [-v]

Sentences were drawn at random (fixed seeds) from corpus reports of 2014-2024 outside every gold set
(40+40+30 reports: one to three sentences with an honor trigger and two with a program word per report)
and judged by hand under ../shared/gold/GUIDELINES.md before the extractor was run on them. "gold" is what
the text names; "either" lists readings that are defensible both ways (a recipient's longer form, a title
with or without its scope): predicting one is neither a match nor an invention. An honor's recipient ""
is the reporting unit (我市, 全省, or no subject). Names are compared without quotes, spaces and batch
ordinals (首批, 第二批).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from kg.extract.entities.api import _analyse

DATA = Path(__file__).resolve().parent / "programs_honors.json"
SELF = re.compile(r"^(?:我|全|本)(?:省|市|区|县|州)$")


def _name(s: str) -> str:
    s = re.sub(r"[“”\"《》‘’\s、]", "", s)
    return re.sub(r"首批|第[一二三四五六七八九十\d]+批", "", s)


def _key(kind: str, item) -> tuple | str:
    if kind == "honors":
        title, recipient = item
        return _name(title), "" if SELF.match(recipient) else _name(recipient)
    return _name(item)


def _predicted(kind: str, text: str) -> set:
    found, honors = _analyse(text)
    if kind == "honors":
        return {_key(kind, (h.honor, h.recipient)) for h in honors}
    return {_key(kind, f.name) for f in found if f.kind == "program"}


def score(verbose: bool = False) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for sample, parts in data.items():
        for kind in ("programs", "honors"):
            tp = fp = fn = 0
            for item in parts[kind]:
                gold = {_key(kind, g) for g in item["gold"]}
                either = {_key(kind, g) for g in item["either"]}
                pred = _predicted(kind, item["text"])
                tp += len(pred & gold)
                fp += len(pred - gold - either)
                fn += len(gold - pred)
                if verbose:
                    for x in sorted(gold - pred, key=str):
                        print(f"  {item['source']} - missed: {x}")  # noqa: T201
                    for x in sorted(pred - gold - either, key=str):
                        print(f"  {item['source']} + invented: {x}")  # noqa: T201
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{sample} {kind:<9} gold {tp + fn:>3}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")  # noqa: T201


if __name__ == "__main__":
    score("-v" in sys.argv)
