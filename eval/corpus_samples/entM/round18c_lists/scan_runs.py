"""Round 18c (projY): count runs A、B[等]WORKS of named places sharing the last item's works head, with the rule's own matcher.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round18c_lists/scan_runs.py DUMP.jsonl [show]
DUMP is a `entN/round15/dump.py SEED 200 OUT project` file (every sentence, with the projects found in it).
Prints each run (report, the names it gives, which of them the dump lacks) and the counts of runs and reports.
"""
import json
import sys

from kg.extract.entities.round18c_lists import runs
from kg.extract.entities.sentence import _Sentence

show = len(sys.argv) > 2
n_runs = n_inc = 0
reps, inc_reps = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "、" not in t:
        continue
    for a, b, names in runs(_Sentence(t)):
        n_runs += 1
        reps.add(d["r"])
        missing = [x for x in names if x not in d["p"]]
        if missing:
            n_inc += 1
            inc_reps.add(d["r"])
        if show:
            print(d["r"], "|", t[max(0, a - 20):b + 10], "|", names, "| missing:", missing, "| found:", d["p"])
print(f"{n_runs} runs in {len(reps)} reports; {n_inc} runs with an item not found in {len(inc_reps)} reports")
