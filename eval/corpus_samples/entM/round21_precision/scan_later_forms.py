"""Round 21 projDC: project finds of a report that are another find of the same report with a leading level (市/县/区/省/州)
taken off (第三人民医院新院区 after 市第三人民医院新院区). usage: python scan_later_forms.py DUMP.jsonl"""
import json
import sys
from collections import defaultdict

names = defaultdict(dict)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        names[d["r"]].setdefault(p, d["i"])
reps = set()
n = 0
for r, ps in names.items():
    for p, i in ps.items():
        for lv in "市县区省州":
            if lv + p in ps and len(p) >= 4:
                n += 1
                reps.add(r)
                print(r, "|", p, i, "|", lv + p, ps[lv + p])
print(n, "finds", len(reps), "reports")
