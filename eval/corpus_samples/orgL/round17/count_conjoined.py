"""Round 17 orgQ fix 4: organizations of a dump (entN/round15/dump.py SEED 200 OUT organization) read across a conjunction
(和/及/以及/或/并入: round 17's conjoined_parts), with the parts kept.  usage: PYTHONPATH=$PWD python count_conjoined.py DUMP.jsonl"""
import json
import sys

from kg.extract.entities.round17_orgs import conjoined_parts

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        parts = conjoined_parts(p)
        if parts is not None:
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}\t{parts}")
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
