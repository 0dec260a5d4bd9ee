"""Round 21 (projDB): found project names the text does not write whole (completed from a list's shared part), with their
clause, to count dev23's shapes: a head taken from inside the last item (太平桥、太平溪、迎丰公园停车场 -> 太平溪公园), places
completed with a works class (辰溪、溆浦…等县城防洪项目 -> 溆浦县城防洪), a prefix carried (天津港…、30万吨级原油码头).

usage: python scan_completed.py DUMP.jsonl  -> one line per completed name: report, name, clause
"""
from __future__ import annotations

import json
import re
import sys


def main() -> None:
    reps: set[str] = set()
    n = 0
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        t = d["t"].replace(" ", "")
        for name in d["p"]:
            if name.replace(" ", "") in t:
                continue
            clause = next((c for c in re.split(r"[，。；：]", t) if "、" in c or "和" in c or "及" in c), t)
            # the clause holding the name's start
            for c in re.split(r"[，。；：]", t):
                if name[:2] in c:
                    clause = c
                    break
            print(f"{d['r']}\t{name}\t{clause}")
            reps.add(d["r"])
            n += 1
    print(f"# {n} completed names in {len(reps)} reports")


if __name__ == "__main__":
    main()
