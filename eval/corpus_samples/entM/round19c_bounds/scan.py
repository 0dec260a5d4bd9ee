"""Round 19c (projAD): count the two boundary structures of the kind brief on a dump.py project dump.

usage: python scan.py DUMP.jsonl   (DUMP from ../../entN/round15/dump.py SEED 200 OUT project)
A: found project names with 和/及/与 inside (a joined pair, or 和 inside a word: 和平路, 人和, 中和 — printed, read by hand)
B: found names with a bracketed phase （一期）/（二期）… or ending in 境内段
Also counts in the raw sentences how often the text writes X（N期） / X境内段 after a project-like head.
"""
import json
import re
import sys
from collections import defaultdict

JOIN = re.compile(r"[和及与]")
PHASE = re.compile(r"[（(](?:[一二三四五六七八九十]+|首|[\d]+)(?:、[一二三四五六七八九十\d]+)*期(?:工程|项目)?[)）]")
SECT = re.compile(r"境内段$")

a, b, rawb = defaultdict(list), defaultdict(list), defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if JOIN.search(p):
            a[d["r"]].append((p, d["t"][:160]))
        if PHASE.search(p) or SECT.search(p):
            b[d["r"]].append((p, d["t"][:160]))
    for m in re.finditer(r"[\u4e00-\u9fff]{2,}" + r"(?:" + PHASE.pattern + r"|境内段)", d["t"]):
        rawb[d["r"]].append(m.group(0))
print("== A: names with 和/及/与 inside:", sum(map(len, a.values())), "in", len(a), "reports")
for r, xs in sorted(a.items()):
    for p, t in xs:
        print("A", r, "|", p, "|", t)
print("== B: names with a bracketed phase or 境内段:", sum(map(len, b.values())), "in", len(b), "reports")
for r, xs in sorted(b.items()):
    for p, t in xs:
        print("B", r, "|", p, "|", t)
print("== raw text X（N期）/X境内段:", sum(map(len, rawb.values())), "in", len(rawb), "reports")
for r, xs in sorted(rawb.items()):
    print("R", r, "|", " ; ".join(xs))
