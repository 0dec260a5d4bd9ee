"""Round 22 orgFA: reports of a dump whose sentences hold the fix's pattern (items sharing one research head), found or not.

usage: PYTHONPATH=REPO python scan_pattern.py DUMP.jsonl   (dump of ../../entN/round15/dump.py, organization kind)
Runs round22_orgs on each sentence with nothing found before it (so the pattern is counted whether or not the extractor
already finds the names), prints report, sentence index, names, and whether each was already found; then the counts.
"""
import json
import sys

from kg.extract.entities.round22_orgs import round22_orgs

reps, unfound_reps, n, un = set(), set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    got = round22_orgs([], d["t"])
    for f in got:
        n += 1
        reps.add(d["r"])
        new = f.name not in d["p"]
        if new:
            un += 1
            unfound_reps.add(d["r"])
        print(d["r"], d["i"], f.name, "unfound" if new else "found", sep="\t")
print(f"{n} names in {len(reps)} reports; unfound before: {un} in {len(unfound_reps)} reports")
