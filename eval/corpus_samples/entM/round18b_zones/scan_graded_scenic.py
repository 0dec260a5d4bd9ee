"""Round 18b (projW) fix 2: project finds that are a scenic area named with its A grade, on a dump.py file.

usage: python scan_graded_scenic.py DUMP.jsonl   (prints each find with its context, then finds and reports)"""
import json
import re
import sys

GRADED = re.compile(r"A级?(?:旅游)?景区$")
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if GRADED.search(p):
            n += 1
            reps.add(d["r"])
            i = d["t"].find(p)
            print(p, "|", d["r"], "|", d["t"][max(0, i - 30):i + len(p) + 20])
print(n, "finds in", len(reps), "reports")
