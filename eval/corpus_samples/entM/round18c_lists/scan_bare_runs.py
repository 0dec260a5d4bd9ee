"""Round 18c (projY): count runs A、B[等][大型]SITE WORKS of bare items (石澧、常鲇航道整治) with the rule's own matcher.

The matcher bare_runs() was in kg/extract/entities/round18c_lists.py at commit be00d23 only: the shape is in 5 of the 200
reports (3 with an item missing), under the bar of 10, so it was taken out; run this at be00d23 (git show be00d23:…).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round18c_lists/scan_bare_runs.py DUMP.jsonl [show]
"""
import json
import sys

from kg.extract.entities.round18c_lists import bare_runs
from kg.extract.entities.sentence import _Sentence

show = len(sys.argv) > 2
n_runs = n_inc = 0
reps, inc_reps = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "、" not in t:
        continue
    for a, b, names in bare_runs(_Sentence(t)):
        n_runs += 1
        reps.add(d["r"])
        missing = [x for x in names if x not in d["p"]]
        if missing:
            n_inc += 1
            inc_reps.add(d["r"])
        if show:
            print(d["r"], "|", t[max(0, a - 20):b + 10], "|", names, "| missing:", missing, "| found:", d["p"])
print(f"{n_runs} runs in {len(reps)} reports; {n_inc} runs with an item not found in {len(inc_reps)} reports")
