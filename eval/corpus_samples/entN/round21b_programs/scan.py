"""Round 21b (progEA): count colon lists of programmes on a dump of round 15's dump.py (seed 2122, 200 reports).

usage: python scan.py DUMP.jsonl [--show]   (loose: any 、 list of one head, verb-led lists too)
       PYTHONPATH=$PWD python scan.py DUMP.jsonl --module   (the shape as kg/extract/entities/round21b_programs.py reads it)
Shape (glossary lines and run-in terms): `13.“八大提升行动”：基础设施提升行动、城市管理提升行动…`, `“六大工程”：…包括强核工程、立柱工程…`,
`七大工程：` + next sentence `产业振兴工程、城镇扩容提质工程、县域崛起工程…` — two or more items joined by 、 (the last may be joined
by 和), each ending with the same programme head, after a colon or as a sentence of its own. Counts the reports where the shape
occurs and those where at least one item is not found as a program (exact name).
"""
from __future__ import annotations

import json
import re
import sys

HEADS = "工程|行动|计划|专项行动|攻坚战|革命|活动"
ITEM = r"[\u4e00-\u9fff“”（）()A-Za-z0-9]{2,24}?"
LIST = re.compile(rf"(?:^|[：:])\s*(?:指|即|是指|主要包括|包括)?(?P<items>(?:{ITEM}(?P<h>{HEADS})、)+(?:{ITEM}(?P=h)[、和及])?{ITEM}(?P=h))(?=[。；;，,]|$)")


def items_of(t: str):
    for m in LIST.finditer(t):
        parts = re.split(r"[、和及]", m.group("items"))
        yield m, [p for p in parts if p]


def main() -> None:
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
    show = "--show" in sys.argv
    seen, missed = set(), set()
    for r in rows:
        for m, parts in items_of(r["t"]):
            seen.add(r["r"])
            miss = [p.replace("“", "").replace("”", "") for p in parts if p.replace("“", "").replace("”", "") not in r["p"]]
            if miss:
                missed.add(r["r"])
            if show:
                print(r["r"], "|", r["t"][:150], "| missing:", miss)
    print(f"reports with the shape: {len(seen)}; with an item not found: {len(missed)}")


if __name__ == "__main__" and "--module" not in sys.argv:
    main()


def module_count(path: str) -> None:
    """The shape as the module reads it (run with PYTHONPATH=$PWD): the items colon_lists would name on an empty sentence,
    and the reports where one of them is not found in the dump."""
    from kg.extract.entities.round21b_programs import GATE, colon_lists
    from kg.extract.entities.sentence import _Sentence

    seen, missed = set(), set()
    for x in open(path, encoding="utf-8"):
        r = json.loads(x)
        if "、" not in r["t"] or not GATE.search(r["t"]):
            continue
        s = _Sentence(r["t"])
        colon_lists(s)
        names = [f.name for f in s.found]
        if names:
            seen.add(r["r"])
            if any(n not in r["p"] for n in names):
                missed.add(r["r"])
    print(f"module shape: in {len(seen)} reports; an item not found in {len(missed)}")


if __name__ == "__main__" and "--module" in sys.argv:
    module_count(sys.argv[1])
