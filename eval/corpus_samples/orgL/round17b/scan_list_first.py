"""Round 17b orgR: lists after a verb (引进了商汤科技、香港正威集团…; 组建新的广物控股、铁投、广新控股集团) whose first item is
missed while a later item of the same list is an organization.

usage: PYTHONPATH=$PWD python scan_list_first.py DUMP.jsonl   (DUMP from entN/round15/dump.py)
"""
import json
import re
import sys

LIST = re.compile(r"([^，。；：、]{2,14})、((?:[^，。；：、]{2,16}、)*[^，。；：、]{2,16}?)(?=等|和|[，。；]|$)")
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if not d["p"]:
        continue
    t, orgs = d["t"], d["p"]
    for m in LIST.finditer(t):
        first = m.group(1)
        items = m.group(2).split("、")
        if not any(i in orgs or any(o.startswith(i) or i.endswith(o) for o in orgs) for i in items):
            continue
        if any(first.endswith(o) for o in orgs):
            continue
        print(d["r"], "|", first, "|", "、".join(items)[:60], "|", t[:120])
        reps.add(d["r"])
        n += 1
print(n, "lists in", len(reps), "reports")
