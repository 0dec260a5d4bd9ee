"""Round 18c (projY): count runs A、B[等]WORKS of named places sharing the last item's works head, with the rule's own matcher.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round18c_lists/scan_runs.py DUMP.jsonl [show] [MATCHER]
MATCHER is the function of round18c_lists to count with: runs (the default), or bare_runs, the matcher of bare items
(A、B[等][大型]SITE WORKS: 石澧、常鲇航道整治) that was in the module at commit be00d23 only (5 of the 200 reports, 3 with an item
missing: under the bar, taken out) — run that at be00d23 (`git worktree add /tmp/be00d23 be00d23`).
DUMP is a `entN/round15/dump.py SEED 200 OUT project` file (every sentence, with the projects found in it).
Prints each run (report, the names it gives, which of them the dump lacks) and the counts of runs and reports.
"""
import json
import sys

from kg.extract.entities import round18c_lists
from kg.extract.entities.sentence import _Sentence

show = len(sys.argv) > 2 and sys.argv[2] == "show"
runs = getattr(round18c_lists, sys.argv[-1] if sys.argv[-1].endswith("runs") and len(sys.argv) > 2 else "runs")
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
