"""Round 17 orgQ fix 5: organizations of a dump (entN/round15/dump.py SEED 200 OUT organization) that are generic qualifiers
and a kind (各地商协会, 优质普通学校: round 17's qualified_kind).  usage: PYTHONPATH=$PWD python count_qualified_kind.py DUMP.jsonl"""
import json
import sys

from kg.extract.entities.round17_orgs import qualified_kind

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if qualified_kind(p):
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}")
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
