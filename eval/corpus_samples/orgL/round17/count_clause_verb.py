"""Round 17 orgQ fix 2: organizations of a dump (entN/round15/dump.py SEED 200 OUT organization) that start with a verb
of round 17's kg/data/org_clause_verbs.txt (CLAUSE_VERB), with what the fix makes of each ("" = dropped).
usage: PYTHONPATH=$PWD python count_clause_verb.py DUMP.jsonl"""
import json
import sys

from kg.extract.entities.round17_orgs import CLAUSE_VERB, org_clause_lead

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if CLAUSE_VERB.match(p):
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}\t{org_clause_lead(p)!r}")
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
