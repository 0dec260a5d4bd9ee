"""Round 24 orgHA: on a round 23 dump_all.py file (every kind per sentence), the 、-lists (items joined by 、 和 及) in which at least
one item is found as an organization and another item is found as nothing (no find of any kind overlaps it): the list-completion
shape behind the short-name whole misses (西北油田、乌石化…; 龙煤、大唐、中铁; 电力、重钢、机电控股和商社集团).

usage: python scan_lists.py DUMP_ALL.jsonl > scan.txt  (each case: report, the unfound item, the found organizations, the list)
"""
import json
import re
import sys

reports, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, k = d["t"], d["k"]
    orgs = k.get("organization", [])
    if not orgs:
        continue
    allf = [x for v in k.values() for x in v]
    for seg in re.split(r"[，。；：！？（）“”《》]", t):
        items = [x for x in re.split(r"、|和|及|以及", seg) if x]
        if len(items) < 2:
            continue
        found = [x for x in items if any(o == x or x.endswith(o) for o in orgs)]
        if not found:
            continue
        for x in items:
            if x in found or any(f in x or x in f for f in allf if len(f) >= 2):
                continue
            if len(x) > 10:
                continue
            n += 1
            reports.add(d["r"])
            print(f"{d['r']}\t{x}\t{'/'.join(found)}\t{seg[:90]}")
print(f"{len(reports)} reports, {n} cases", file=sys.stderr)
