"""Round 17 (projQ): project finds whose name the extractor also reads as a program in the same report.
usage: PYTHONPATH=$PWD python scan_both.py DUMP.jsonl (a dump.py file of kind project)"""
import json, sys
from collections import defaultdict
from kg.extract.entities.api import candidates
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
progs = defaultdict(set)
for d in rows:
    for k, n in candidates(d["t"]):
        if k == "program":
            progs[d["r"]].add(n)
hits = defaultdict(list)
for d in rows:
    for p in d["p"]:
        if p in progs[d["r"]]:
            t = d["t"]; m = t.find(p); hits[d["r"]].append((p, t[max(0, m - 20):m + len(p) + 15]))
print(len(hits), "reports", sum(map(len, hits.values())), "names")
for r, v in hits.items():
    for p, c in v:
        print(f"  {r.split('/')[1]}\t{p}\t{c}")
