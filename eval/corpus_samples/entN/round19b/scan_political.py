"""Round 19b (progAB): programs naming a political system of the state (kg/data/round19b_political_systems.txt), counted by
report on a dump of round 15's dump.py.

usage: python scan_political.py DUMP.jsonl   (DUMP from ../round15/dump.py 1911 200 OUT.jsonl)
"""
import json
import sys
from collections import Counter

words = [s for s in (line.split("#", 1)[0].strip() for line in open("kg/data/round19b_political_systems.txt", encoding="utf-8")) if s]
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
finds = [(d["r"], p, d["t"]) for d in rows for p in d["p"] if p.endswith(tuple(words))]
print(f"{len(finds)} finds in {len({r for r, _, _ in finds})} reports", Counter(p for _, p, _ in finds).most_common())
for r, p, t in finds:
    k = t.find(p)
    print(f"{r}\t{p}\t{t[max(0, k - 15):k + len(p) + 10]}")
