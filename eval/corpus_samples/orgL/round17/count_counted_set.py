"""Round 17 orgQ fix 3: organizations of a dump (entN/round15/dump.py SEED 200 OUT organization) that are a numbered set
(一办三中心, 五大中心: round 17's COUNTED_SET).  usage: PYTHONPATH=$PWD python count_counted_set.py DUMP.jsonl"""
import json
import sys

from kg.extract.entities.round17_orgs import counted_set

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if counted_set(p):
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}")
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
