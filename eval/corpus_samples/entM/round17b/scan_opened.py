"""Round 17b (projR) fix 1: clauses that are only named roads/bridges/lines/airports/waterways and their opening (通车, 通航,
试运行), on a dump.py file (../../entN/round15/dump.py SEED N OUT project; every sentence).

usage: PYTHONPATH=$PWD python scan_opened.py DUMP.jsonl
Uses the fix's own verb and head patterns (kg/extract/entities/round17b_projects.py) on the text only (no extractor run): a clause
counts when every 、-item before the verb ends with a traffic head; "unread" when no project of the dump lies in the clause.
"""
import json
import re
import sys

from kg.extract.entities.round17b_projects import OPEN_LEAD, OPEN_VERB, TRAFFIC_HEAD

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n = unread = 0
reps, ureps = set(), set()
for d in rows:
    for clause in re.split(r"[，,；;。：:！!？?]", d["t"]):
        clause = clause.strip()
        v = OPEN_VERB.search(clause)
        if not v or v.end() != len(clause):
            continue
        lead = OPEN_LEAD.match(clause)
        span = clause[lead.end() if lead else 0:v.start()]
        items = span.split("、")
        if len(span) < 3 or re.search(r"[等的和及与在为将是使让]", span) or not TRAFFIC_HEAD.search(items[-1]):
            continue
        n += 1
        reps.add(d["r"])
        if not any(p in clause for p in d["p"]):
            unread += 1
            ureps.add(d["r"])
            print("unread |", d["r"], "|", clause)
print(f"clauses {n} in {len(reps)} reports; nothing found in {unread} clauses in {len(ureps)} reports")
