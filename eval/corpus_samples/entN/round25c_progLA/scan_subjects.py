"""Round 25c (progLA): on a dump.py file (every sentence of the 200), the clause subjects before a predicate of progress
(round 23's PROGRESS, imported, plus 力度加大), by shape: a quoted name (with up to 4 characters of field before it and an
optional head 建设/工作/行动/改革/工程 after it) or a bare …建设 name. Prints each with FOUND when the dump's programs of that
sentence contain it (quotes ignored), and counts reports per shape.

usage: python scan_subjects.py DUMP.jsonl
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.round23_programs import PROGRESS

PRED = rf"(?:{PROGRESS}|力度(?:不断|持续|进一步)?加大)"
QUOTED = re.compile(rf"(?:^|(?<=[，。；：]))(?P<name>[\u4e00-\u9fff]{{0,4}}“[^”“]{{2,12}}”(?:、“[^”“]{{2,12}}”)*(?:建设|工作|行动|改革|工程|创建)?)(?:工作)?(?={PRED})")
BUILD = re.compile(rf"(?:^|(?<=[，。；：]))(?P<name>[\u4e00-\u9fff]{{2,14}}?建设)(?:工作)?(?={PRED})")
reps = defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    found = {p.replace("“", "").replace("”", "") for p in d["p"]}
    for shape, rx in (("quoted", QUOTED), ("build", BUILD)):
        for m in rx.finditer(d["t"]):
            name = m.group("name").replace("“", "").replace("”", "")
            hit = "FOUND" if any(name in f or f in name for f in found) else "-"
            reps[(shape, hit)].add(d["r"])
            print(f"{shape}\t{hit}\t{d['r']}\t{name}\t{d['t'][max(0, m.start() - 10):m.end() + 12]}")
for k, v in sorted(reps.items()):
    print("#", k, len(v), "reports", file=sys.stderr)
