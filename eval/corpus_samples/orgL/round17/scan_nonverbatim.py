"""Round 17 orgQ: organizations of a dump (entN/round15/dump.py ... organization) whose name is not verbatim in its sentence
(made by completing a list), with the sentence.  usage: python scan_nonverbatim.py DUMP.jsonl"""
import json
import sys

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if p not in d["t"]:
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}\t{d['t'][:200]}")
print(n, "names in", len(reps), "reports", file=sys.stderr)
