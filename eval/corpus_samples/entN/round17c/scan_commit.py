"""Round 17c (progS): count …承诺制 in a dump.py file (the 200 reports of seed 1723) and whether a program ending in 承诺制
was found in that sentence.

usage: python scan_commit.py DUMP.jsonl [-v]
"""
import json
import re
import sys

PAT = re.compile(r"[\u4e00-\u9fff“”]{2,12}承诺制")
reps, n, found = set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        hit = any(p.endswith("承诺制") for p in d["p"])
        reps.add(d["r"])
        n += 1
        found += hit
        if "-v" in sys.argv:
            print("found" if hit else "MISS", m.group(0), "|", d["r"])
print(f"{len(reps)} reports, {n} cases, {found} with a program ending in 承诺制")

# the fix's structure: a carrying-out verb, then (no comma, list mark, conjunction) a name ending in 承诺制 that ends there
# (not 承诺制度, not 承诺制改革 — those were found before as longer names)
VERB = re.compile(r"(?:推行|实行|实施|落实|推广|推进|探索|开展|深化|建立|试行|执行|推出|全面推开)"
                  r"([^，。；、：,;:（）()和及与或]{0,16}承诺制)(?![度改])")
r2, c2 = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in VERB.finditer(d["t"]):
        r2.add(d["r"])
        c2 += 1
print(f"verb + name + 承诺制 (ending there): {len(r2)} reports, {c2} cases")
