"""Round 20b progCA fix 1: count `VERB + A、B(、C)+…机制` (steps joined by 、 before one mechanism head) on a dump of round 15's
dump.py (seed 2014, 200 reports), by what the extractor found over the span:
  whole  the coordination as one name (what the gold files keep)
  items  two or more items completed with the head (split)
  last   the last part alone
  none   nothing inside the span
usage: PYTHONPATH=$PWD python scan_mechanisms.py DUMP.jsonl [--show]
The shape and its filters are the fix's own (kg/extract/entities/round20b_program_lists.py), so the count is what it acts on.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from kg.extract.entities.round20b_program_lists import COORDINATED_MECHANISM, whole_ok

by: dict[str, set[str]] = defaultdict(set)
show = "--show" in sys.argv
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    found = set(d["p"])
    for m in COORDINATED_MECHANISM.finditer(d["t"]):
        items, last, name = m.group("items").split("、")[:-1], m.group("last"), m.group("name")
        if not whole_ok(items, last, name):
            continue
        inside = [n for n in found if n in name]
        if name in found:
            cls = "whole"
        elif sum(1 for n in inside if n.endswith("机制")) >= 2:
            cls = "items"
        elif any(name.endswith(n) for n in inside):
            cls = "last"
        elif inside:
            cls = "other"
        else:
            cls = "none"
        by[cls].add(d["r"])
        if show:
            print(f"{cls}\t{d['r']}\t{name}\t{' | '.join(sorted(inside))}")
allr = set().union(*by.values())
print(f"## {len(allr)} reports;", ", ".join(f"{k} {len(v)}" for k, v in sorted(by.items())),
      f"; not whole in {len(allr - by['whole'])}")
