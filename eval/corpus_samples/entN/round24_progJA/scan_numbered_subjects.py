"""Round 24 (progJA) fix 2b: numbered quoted names as their clause's subject before a predicate of progress (“两区同建”稳步实施,
农村“五线五治”成效明显) in a dump.py file: each occurrence and whether a program covers it (counts to stderr).

usage: PYTHONPATH=$PWD python scan_numbered_subjects.py DUMP.jsonl   (the predicates: round23_programs.PROGRESS, imported)
"""
import json
import re
import sys

from kg.extract.entities.round23_programs import PROGRESS

rx = re.compile(r"(?:^|[，。；：\n])[\u4e00-\u9fff]{0,4}“(?P<name>[一二三四五六七八九十两双百千万][^“”，。；、]{2,6})”(?=" + PROGRESS + ")")
n, miss, reps, miss_reps = 0, 0, set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in rx.finditer(d["t"]):
        n += 1
        reps.add(d["r"])
        ok = any(m.group("name") in p for p in d["p"])
        if not ok:
            miss += 1
            miss_reps.add(d["r"])
        print("FOUND" if ok else "MISS", d["r"], m.group("name"), d["t"][max(0, m.start() - 5):m.end() + 12], sep="\t")
print(f"{n} occurrences in {len(reps)} reports; not found {miss} in {len(miss_reps)} reports", file=sys.stderr)
