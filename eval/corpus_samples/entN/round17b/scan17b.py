"""Round 17b (progR): count candidate causes on a dump of round 15's dump.py (seed 1712, 200 reports).

usage: python scan17b.py DUMP.jsonl  — per cause: reports, sentences, a few examples
A: a program name P read in the text right before 政策 (P政策 not found): a policy head lost (减税降费政策 -> 减税降费).
B: a domain list before 等 + head (交通、城管、文化等综合执法改革, 文化、教育等改革) read as item+head programs.
"""
import json
import re
import sys
from collections import defaultdict

CJK = r"[\u4e00-\u9fff]"
POLICY_AFTER = re.compile(r"政策(?![性])")
DOMAIN_LIST = re.compile(rf"((?:{CJK}{{2}}、)+{CJK}{{2}})等({CJK}{{0,6}}?(?:改革|机制|制度|工程|行动|规划|试点))")

hits = defaultdict(lambda: defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    names = set(d["p"])
    for p in names:
        at = t.find(p)
        while at >= 0:
            if POLICY_AFTER.match(t, at + len(p)) and p + "政策" not in names and not p.endswith("政策"):
                hits["A"][d["r"]].append((p, t[max(0, at - 8):at + len(p) + 8]))
                break
            at = t.find(p, at + 1)
    for m in DOMAIN_LIST.finditer(t):
        items = m.group(1).split("、")
        made = [p for p in names if any(p.startswith(i) for i in items) and p.endswith(m.group(2)[-2:])]
        if made:
            hits["B"][d["r"]].append((m.group(0), made))
for k in sorted(hits):
    n = sum(len(v) for v in hits[k].values())
    print(f"== {k}: {len(hits[k])} reports, {n} cases")
    for r, v in list(hits[k].items())[:40]:
        print("  ", r, v[:3])

# B2 (the fix's own count): items before 等 + a qualifier + 改革 (交通、城管、文化等综合执法改革), the extractor giving item+改革
# (交通改革) without the qualifier the text puts between 等 and 改革.
LIST_QUAL = re.compile(rf"((?:{CJK}{{2,6}}、)+{CJK}{{2,6}})等({CJK}{{1,8}}?)改革")
b2 = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    for m in LIST_QUAL.finditer(t):
        items, qual = m.group(1).split("、"), m.group(2)
        made = [p for p in d["p"] if p.endswith("改革") and not p.endswith(qual + "改革")
                and any(p == i + "改革" or p.endswith(i + "改革") for i in items)]
        if made:
            b2[d["r"]].append((m.group(0), made))
print(f"== B2: {len(b2)} reports, {sum(len(v) for v in b2.values())} cases")
for r, v in b2.items():
    print("  ", r, v[:3])
