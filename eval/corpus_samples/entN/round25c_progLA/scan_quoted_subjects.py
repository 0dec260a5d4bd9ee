"""Round 25c (progLA): on a dump.py file (every sentence of the 200), the frame of fix 1 — a quote opening its clause (a field
of up to four characters before it), then 工作/活动/创建活动 at most, then a predicate of progress (the module's own regex,
imported: round25c_programs.QUOTED_SUBJECT) — each with FOUND when the dump's programs of that sentence hold the quote.

usage: PYTHONPATH=$PWD python scan_quoted_subjects.py DUMP.jsonl
"""
import json
import sys
from collections import defaultdict

from kg.extract.entities.round25c_programs import QUOTED_SUBJECT

reps = defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    found = {p.replace("“", "").replace("”", "") for p in d["p"]}
    for m in QUOTED_SUBJECT.finditer(d["t"]):
        name = m.group("name")
        hit = "FOUND" if any(name in f for f in found) else "-"
        reps[hit].add(d["r"])
        reps["all"].add(d["r"])
        print(f"{hit}\t{d['r']}\t{name}\t{d['t'][max(0, m.start() - 10):m.end() + 12]}")
for k, v in sorted(reps.items()):
    print(f"# {k}: {len(v)} reports")
