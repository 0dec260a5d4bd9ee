"""Round 19 (projAA): runs of round 18's matcher (`round18_projects.runs`, with this round's change) that need this round's
change — a count or kind between the last bare item and the head (等N个…, 等国家级…) or a park/tunnel head — on a dump.py file
made BEFORE the fix: all such runs, and those with an item whose completed name was not found, by report.

usage: PYTHONPATH=$PWD python scan_gap.py DUMP.jsonl [show]
"""
import json
import re
import sys

from kg.extract.entities.round18_projects import GAP, runs
from kg.extract.entities.sentence import _Sentence

NEW_HEAD = re.compile(r"(?:公园|隧道)$")
GAP_RE = re.compile(GAP)
allr, missr, n_all, n_miss = set(), set(), 0, 0
show = len(sys.argv) > 2
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "、" not in t and "和" not in t:
        continue
    found = set(d["p"])
    for a, b, names, items in runs(_Sentence(t)):
        tail = t[items[-1][1]:b]
        if not (GAP_RE.match(tail) or NEW_HEAD.search(t[a:b])):
            continue  # round 18's own shape
        n_all += 1
        allr.add(d["r"])
        missing = [x for x in names if x not in found]
        if missing:
            n_miss += 1
            missr.add(d["r"])
        if show:
            print("INC" if missing else "ok", d["r"].replace("政府工作报告-", ""), "|", t[a:b], "| missing:", "、".join(missing))
print(f"runs needing the gap or a park/tunnel head: {n_all} in {len(allr)} reports; "
      f"with an item not found before the fix: {n_miss} in {len(missr)} reports")
