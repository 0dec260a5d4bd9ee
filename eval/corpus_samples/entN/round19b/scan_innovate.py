"""Round 19b (progAB): programs found right after 创新 (创新投资项目审批机制 → 投资项目审批机制), by head, counted by report.

usage: python scan_innovate.py DUMP.jsonl   (DUMP from ../round15/dump.py 1911 200 OUT.jsonl)
A find counts when the sentence has 创新 + the name (nothing between) and the name ends in 机制/模式/体制/制度 (the structure
of round 19b's fix); quoted or numbered names are listed apart (kept by the fix).
"""
import json
import re
import sys
from collections import defaultdict

HEAD = re.compile(r"(?:机制|模式|体制|制度)$")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
by = defaultdict(list)
for d in rows:
    t = d["t"]
    for p in d["p"]:
        if not HEAD.search(p):
            continue
        for m in re.finditer("创新", t):
            rest = t[m.end():m.end() + len(p) + 6]
            plain = re.sub(r"[“”]", "", rest)
            if plain.startswith(p):
                c = "quoted_or_numbered" if ("“" in rest[:len(p) + 2] or re.search(r"[0-9０-９+＋]", p)) else "plain"
                by[c].append((d["r"], p, t[max(0, m.start() - 10):m.end() + len(p) + 4]))
                break
for c, xs in sorted(by.items()):
    print(f"== {c}: {len(xs)} finds in {len({r for r, _, _ in xs})} reports")
    for r, p, ctx in xs:
        print(f"{r}\t{p}\t{ctx}")
