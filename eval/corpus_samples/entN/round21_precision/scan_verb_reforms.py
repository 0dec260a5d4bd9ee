"""Round 21 (progDC): predicted programs X改革 whose X is only verbs, subjects or words of weight (the pattern of fix 1).

usage: PYTHONPATH=$PWD python scan_verb_reforms.py DUMP.jsonl   (a dump of ../round15/dump.py; prints every such find in
context, then finds and reports). The words are those of kg/data/round21_reform_words.txt and round20b_generic_reforms.txt,
so run it on the BEFORE dump (base code) to count the pattern.
"""
import json
import sys

from kg.extract.entities.round21_precision import _abstract_reform

rx = _abstract_reform()
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if p.endswith("改革") and rx.fullmatch(p):
            t = d["t"]
            i = t.find(p)
            print(f"{p}\t{d['r']}\t{t[max(0, i - 25):i + len(p) + 15]}")
            n += 1
            reps.add(d["r"])
print(n, "finds in", len(reps), "reports")
