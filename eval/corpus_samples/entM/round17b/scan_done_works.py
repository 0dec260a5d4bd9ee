"""Round 17b (projR) fix 3: clauses that are only 完成/实施 and works done to one named place (完成辽阳路综合整治工程), on a
dump.py file (../../entN/round15/dump.py SEED N OUT project; every sentence).

usage: PYTHONPATH=$PWD python scan_done_works.py DUMP.jsonl
Uses the fix's own patterns (kg/extract/entities/round17b_projects.py: DONE_WORKS, _named_lead) on the clause text; "unread" when no
project of the dump lies in the clause. Also counts the frame without the named-lead test (any object).
"""
import json
import re
import sys

from kg.extract.entities.round17b_projects import DONE_WORKS, _named_lead

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
frame, named, unread = set(), set(), set()
nf = nn = nu = 0
for d in rows:
    for clause in re.split(r"[，,；;。：:！!？?]", d["t"]):
        m = DONE_WORKS.match(clause.strip())
        if not m:
            continue
        nf += 1
        frame.add(d["r"])
        if not _named_lead(m.group("obj")):
            continue
        nn += 1
        named.add(d["r"])
        if not any(p in clause for p in d["p"]):
            nu += 1
            unread.add(d["r"])
            print("unread |", d["r"], "|", clause.strip())
print(f"frame {nf} clauses in {len(frame)} reports; named lead {nn} in {len(named)}; nothing found {nu} in {len(unread)} reports")
