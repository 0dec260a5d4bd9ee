"""Round 26 (progMA): the shape of fix 1 on a dump of ../round15/dump.py (program names per sentence): every program
…工程 that `round26_programs.works_name` marks as works on a named place, with its report; counts lines and reports.

usage: PYTHONPATH=$PWD python scan_works.py DUMP.jsonl
"""
import json
import sys

from kg.extract.entities.round26_programs import works_name

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if works_name(p):
            n += 1
            reps.add(d["r"])
            print(d["r"], d["i"], p, "|", d["t"][:100], sep="\t")
print(f"# {n} program names of the shape in {len(reps)} reports")
