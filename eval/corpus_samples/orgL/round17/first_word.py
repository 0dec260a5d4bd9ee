"""Round 17 orgQ fix 2, step 1: organizations of a dump (entN/round15/dump.py SEED 200 OUT organization) whose first jieba
word is a verb, adverb or preposition of two or more characters; read by hand to choose kg/data/org_clause_verbs.txt.
usage: PYTHONPATH=$PWD python first_word.py DUMP.jsonl"""
import json
import sys

from kg.extract.entities.stems import pos

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        w = pos(p)
        if w and w[0][1] in ("v", "vn", "d", "p") and len(w[0][0]) >= 2:
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}\t{w[0][0]}/{w[0][1]}")
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
