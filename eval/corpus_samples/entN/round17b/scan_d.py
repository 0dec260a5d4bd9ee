"""Round 17b cause D: a quoted name read bare while a program head follows the closing quote (农村宅基地“三权分置”试点 ->
三权分置, “一带一路”强支点建设 -> 一带一路). usage: python scan_d.py DUMP.jsonl"""
import json
import re
import sys
from collections import Counter, defaultdict

HEAD = re.compile(r"(改革|试点|工程|行动|计划|建设|机制|制度|政策|战略|活动|模式)")
hits = defaultdict(list)
heads = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    names = set(d["p"])
    for p in names:
        for m in re.finditer("“" + re.escape(p) + "”", d["t"]):
            h = HEAD.match(d["t"], m.end())
            if h and not any(q.endswith(p + h.group(1)) for q in names):
                hits[d["r"]].append((p, d["t"][max(0, m.start() - 6):m.end() + 6]))
                heads[h.group(1)] += 1
print(f"== D: {len(hits)} reports, {sum(len(v) for v in hits.values())} cases", heads.most_common())
for r, v in list(hits.items())[:80]:
    print("  ", r, v[:3])
