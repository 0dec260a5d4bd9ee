"""Round 21 (projDB): found project names that are two names joined by 和/及 with the head written once
(绥中和铁岭电厂, 宁德和福清核电, 佛莞和广清城际轨道; dev23's 沂河河湾和袁家口子水源工程).

usage: PYTHONPATH=. python scan_pairs.py DUMP.jsonl
A case: the name splits at a 和/及 jieba tags as a conjunction, the left part has no head of entity_heads.txt (place,
facility, works) at its end, the right part ends in one. Prints report, name, left, right, head.
"""
from __future__ import annotations

import json
import sys

from kg.extract.entities.lexicon import _lexicon
from kg.extract.tokens import pos


def main() -> None:
    lex = _lexicon()
    reps: set[str] = set()
    n = 0
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        for name in d["p"]:
            at = 0
            for w, f in pos(name):
                if w in ("和", "及") and f == "c":
                    left, right = name[:at], name[at + 1:]
                    h = lex.head_at_end.search(right)
                    if len(left) >= 2 and h and not lex.head_at_end.search(left) and not left.endswith(("工程", "项目")):
                        print(f"{d['r']}\t{name}\t{left}\t{right}\t{h.group(0)}")
                        reps.add(d["r"])
                        n += 1
                    break
                at += len(w)
    print(f"# {n} names in {len(reps)} reports")


if __name__ == "__main__":
    main()
