"""Round 24b orgIA: count the level + kind finds (round24b_orgs._is_class) among a dump's organizations, and check no gold lists one.

usage: PYTHONPATH=$PWD python scan_classes.py DUMP.jsonl   (dump of ../../entN/round15/dump.py SEED 200 OUT organization)
"""
import glob
import json
import sys

from kg.extract.entities.round24b_orgs import _is_class

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for name in d["p"]:
        if _is_class(name):
            n += 1
            reps.add(d["r"])
            print(d["r"], name, "|", d["t"][:120])
print(f"{n} class finds in {len(reps)} reports")
golds = [f for f in glob.glob("/work/shared/gold/*.json") + glob.glob("eval/dev*/*.gold.json") if "heldout" not in f]
hits = []
for f in golds:
    for o in json.load(open(f, encoding="utf-8")).get("organizations") or []:
        name = o if isinstance(o, str) else o.get("name")
        if _is_class(name):
            hits.append((f, name))
print(f"gold organizations of this shape: {len(hits)}", hits)
