"""Round 17b cause C: a list before a shared qualifier+head (高端装备、新材料升级行动计划) completed without the qualifier
(高端装备行动计划). usage: python scan_c.py DUMP.jsonl"""
import json
import re
import sys
from collections import defaultdict

CJK = r"[\u4e00-\u9fff]"
HEAD = r"(?:行动计划|三年行动|行动|工程|计划|改革|试点|机制|制度|规划|战略|专项行动)"
LIST = re.compile(rf"((?:{CJK}{{2,8}}、)+)({CJK}{{2,8}}?)({CJK}{{2}})({HEAD})")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    names = set(d["p"])
    for m in LIST.finditer(t):
        qual, head = m.group(3), m.group(4)
        for item in m.group(1).rstrip("、").split("、"):
            for k in range(2, len(item) + 1):
                core = item[-k:]
                if core + head in names and core + qual + head not in names:
                    hits[d["r"]].append((m.group(0), core + head, qual))
quals = defaultdict(int)
for r, v in hits.items():
    for x in {h[2] for h in v}:
        quals[x] += 1
print(f"== C: {len(hits)} reports, {sum(len(v) for v in hits.values())} cases")
print(sorted(quals.items(), key=lambda x: -x[1])[:60])
for r, v in list(hits.items())[:60]:
    print("  ", r, v[:3])
