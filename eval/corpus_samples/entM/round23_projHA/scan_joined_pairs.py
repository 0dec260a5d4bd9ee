"""Round 23 (projHA): count fix 2's pattern (two bare names joined by 和 before one shared tail) in a dump.py project dump.

usage: PYTHONPATH=$PWD python scan_joined_pairs.py DUMP.jsonl
Prints each found project name holding 和 that `round23_lists.split_pair` splits (the rule's reading), and counts reports;
then the names holding 和 it leaves whole (for reading by eye).
"""
import json
import sys

from kg.extract.entities.round23_lists import split_pair

reps, joined_reps, left = set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if "和" not in p:
            continue
        joined_reps.add(d["r"])
        pair = split_pair(p)
        if pair:
            reps.add(d["r"])
            print(d["r"], "|", p, "->", pair)
        else:
            left.append((d["r"], p))
print("-- left whole:")
for r, p in left:
    print(r, "|", p)
print(f"project names holding 和 in {len(joined_reps)} reports; split by the rule in {len(reps)} reports", file=sys.stderr)
