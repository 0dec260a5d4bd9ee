"""Round 18 (projU): runs of bare items sharing the last item's head (A、B[和C][NNN千伏]HEAD, the rule's own matcher
`round18_projects.runs`) on a dump.py file made BEFORE the fix: all runs, and those where an item with the head was not
found, by report.

usage: PYTHONPATH=$PWD python scan_runs.py DUMP.jsonl [show]
"""
import json
import sys

from kg.extract.entities.round18_projects import runs
from kg.extract.entities.sentence import _Sentence

allr, missr, n_all, n_miss = set(), set(), 0, 0
show = len(sys.argv) > 2
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "、" not in t and "和" not in t:
        continue
    found = set(d["p"])
    for a, b, names, _ in runs(_Sentence(t)):
        n_all += 1
        allr.add(d["r"])
        missing = [x for x in names if x not in found]
        if missing:
            n_miss += 1
            missr.add(d["r"])
            if show:
                print(d["r"].replace("政府工作报告-", ""), "|", t[a:b], "| missing:", "、".join(missing))
print(f"runs: {n_all} in {len(allr)} reports; with an item not found before the fix: {n_miss} in {len(missr)} reports")
