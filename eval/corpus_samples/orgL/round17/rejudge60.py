"""Round 17 orgQ: the judged sample of 60 (judged_sample60.tsv) against an after dump (entN/round15/dump.py … organization):
which drawn names are no longer found in their sentence, and what the sentence has now.
usage: python rejudge60.py judged_sample60.tsv AFTER.jsonl"""
import json
import sys

after = {}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    after[(d["r"], int(d["i"]))] = d["p"]
rows = [ln.rstrip("\n").split("\t") for ln in open(sys.argv[1], encoding="utf-8")][1:]
for v, r, i, name, _ in rows:
    now = after.get((r, int(i)), [])
    if name not in now:
        print(f"{v}\t{r}\t{name}\tnow: {[p for p in now]}")
