"""Round 18c (progW), fix 2: count programs ending in 一体化/同城化 that the text continues with 发展, on a round-15 dump.py
file.  usage: python scan_integration.py DUMP.jsonl [-v]   (prints reports and cases; -v lists them)"""
import json
import sys

cases = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    for p in d["p"]:
        q = p.replace("“", "").replace("”", "")
        i = t.find(q)
        if i >= 0 and t[i + len(q):i + len(q) + 2] == "发展" and (q.endswith("一体化") or q.endswith("同城化")):
            cases.append((d["r"], q, t[max(0, i - 12):i + len(q) + 10]))
print(len({c[0] for c in cases}), "reports,", len(cases), "cases of …一体化/同城化 read without the 发展 that follows")
if "-v" in sys.argv:
    for c in cases:
        print(" | ".join(c))
