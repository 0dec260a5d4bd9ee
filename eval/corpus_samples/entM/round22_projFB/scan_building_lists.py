"""Round 22 (projFB): count shape F on a dump of N reports (entN/round15/dump.py … project): a list of named buildings
without a works word before a completion verb (kg/extract/entities/round22_buildings.building_runs, with the item found
by the dumped run counting as named), and which items the dumped run does not have as projects.

usage: PYTHONPATH=$PWD python scan_building_lists.py DUMP.jsonl > OUT.txt
"""
import json
import sys

from kg.extract.entities.round22_buildings import OWN, _proper, building_runs
from kg.extract.entities.sentence import _Sentence

runs_in, missed_in = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "、" not in t and "等" not in t:
        continue
    found = set(d["p"])

    def named(s, item, x, y, found=found):
        return bool(OWN.match(item) or any(c.isdigit() or c.isascii() and c.isalpha() for c in item) or _proper(item)
                    or any(item in p or p in item for p in found))

    for run in building_runs(_Sentence(t), named):
        items = [i for _, _, i in run]
        miss = [i for i in items if i not in found]
        runs_in.add(d["r"])
        if miss:
            missed_in.add(d["r"])
        print(f"{d['r']}\t{'MISS ' + '|'.join(miss) if miss else 'ok'}\t{'|'.join(items)}\t{t[:150]}")
print(f"# runs in {len(runs_in)} reports; an item not found as a project in {len(missed_in)} reports")
