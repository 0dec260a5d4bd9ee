"""Round 17c (projT): 工程 names filed as programs in a program dump (entN/round15/dump.py SEED N OUT program).

usage: python scan_works.py PROGRAM_DUMP.jsonl [all|works]
Prints each program name ending in 工程 with its report; `works` keeps only those round17c_works.works_name accepts
(the fix's own test on the name), then counts names and reports.
"""
import json
import sys

mode = sys.argv[2] if len(sys.argv) > 2 else "all"
if mode == "works":
    from kg.extract.entities.round17c_works import works_name
names, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if not p.endswith("工程"):
            continue
        if mode == "works" and not works_name(p):
            continue
        names += 1
        reps.add(d["r"])
        print(d["r"], "|", p)
print(f"# {names} names in {len(reps)} reports", file=sys.stderr)
