"""Round 23 (projHA): count sub-shape H1 (bare names sharing the last item's facility + works) in a dump.py project dump.

usage: PYTHONPATH=$PWD python scan_shared_tail.py DUMP.jsonl [loose]
Prints each run (report, sentence, the names the rule would give, the project names the dump holds in that sentence,
missing = names not in the dump) and counts reports.  loose: a regex-only count (A、B + facility + works, items unchecked).
"""
import json
import re
import sys

from kg.extract.entities.round23_lists import FACILITY, WORKS, runs

LOOSE = re.compile(rf"、[^、，。；]{{1,8}}(?:{FACILITY})[^、，。；]{{0,6}}?{WORKS}")
reps, miss_reps, loose_reps, n = set(), set(), set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if LOOSE.search(d["t"]):
        loose_reps.add(d["r"])
        if len(sys.argv) > 2:
            print("L", d["r"], LOOSE.search(d["t"]).group(0))
    for a, b, named in runs(d["t"]):
        n += 1
        reps.add(d["r"])
        names = [x for _, x in named]
        missing = [x for x in names if x not in d["p"]]
        if missing:
            miss_reps.add(d["r"])
        print(d["r"], d["i"], d["t"][max(0, a - 10):b + 6], "| rule:", names, "| dump:", d["p"], "| missing:", len(missing))
print(f"loose frame (A、B + facility + works) in {len(loose_reps)} reports; runs read by the rule: {n} in {len(reps)} reports; "
      f"a name missing from the dump in {len(miss_reps)} reports", file=sys.stderr)
