"""Round 23b (progIA): a named system (…制) as the object of a programme verb, in a dump of round 15's dump.py.

usage: python scan_systems.py DUMP.jsonl   (prints each match: report, found/missed, name, what the extractor read; then counts)
Shape: 实行/推行/实施/落实/建立/健全/完善/执行 (+ 了) + a name of 2–16 characters ending in 制 (not 体制, 机制, 编制, 控制, 限制 …:
a single-character head), then a stop (，。；、和）or the end). Found = a program of the sentence ends with the same name.
"""
import json
import re
import sys
from collections import Counter

HAN = "\u4e00-\u9fff"
SHAPE = re.compile(rf"(?:实行|推行|实施|落实|建立|健全|完善|执行)(?:了|好)?(?P<name>[{HAN}“”]{{2,16}}?"
                   rf"(?<![体机编控限抑管税学法建克牵研定压专遏复印绘自节反])制)(?=[，。；、和）]|$)")
reps, miss_reps = set(), set()
c = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in SHAPE.finditer(d["t"]):
        name = m.group("name").replace("“", "").replace("”", "")
        found = any(p.endswith(name) or name.endswith(p) and len(p) > 2 for p in d["p"])
        reps.add(d["r"])
        c["found" if found else "missed"] += 1
        if not found:
            miss_reps.add(d["r"])
        print(f"{d['r'][:40]}\t{'found' if found else 'MISSED'}\t{name}\t{d['p']}")
print(f"shape in {len(reps)} reports, {sum(c.values())} matches; missed {c['missed']} in {len(miss_reps)} reports", file=sys.stderr)
