"""Round 18d (projZ3): event names with 和/及 inside, on a dump.py project dump (seed 1822, 200 reports).

usage: python scan_joined.py DUMP.jsonl   (prints each name with 和/及/以及 inside whose end is an event word, then counts)
"""
import json
import re
import sys

EVENT_END = re.compile(r"(?:会|节|展|赛|坛|周|季|汇|活动)$")
JOIN = re.compile(r"以及|和(?![平谐美睦顺])|及(?!时)")
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if EVENT_END.search(p) and JOIN.search(p[1:-1]):
            n += 1
            reps.add(d["r"])
            print(d["r"], d["i"], "|", p, "|", d["t"][:160])
print(n, "names in", len(reps), "reports")
