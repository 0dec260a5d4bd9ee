"""Round 24b (progKA): on 200 random corpus reports (dump.py's draw), count the shape “X”(改革)试点 (round 17d's pattern, not a
pilot place or unit after it) and how the extractor names it: bare X / X改革 (the form this round changes), with 试点, other, none.

usage: PYTHONPATH=$PWD python scan_qpilot.py DUMP.jsonl   (DUMP from ../round15/dump.py SEED 200 OUT: every sentence)
"""
import collections
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from kg.extract.entities.round24b_programs import QUOTED_PILOT, SERVICE  # noqa: E402

dump = sys.argv[1]
reports, kinds = collections.defaultdict(set), collections.Counter()
for line in open(dump, encoding="utf-8"):
    d = json.loads(line)
    for m in QUOTED_PILOT.finditer(d["t"]):
        name = m.group("name")
        names = d["p"]
        if any(n in (name, name + "改革") for n in names):
            k = "bare"
        elif any(n.endswith(name + (m.group("reform") or "") + "试点") for n in names):
            k = "pilot"
        elif any(name in n for n in names):
            k = "other"
        else:
            k = "none"
        if SERVICE.search(name):
            k += "(service)"
        kinds[k] += 1
        reports[k].add(d["r"])
        reports["all"].add(d["r"])
        print(f"{k}\t{d['r']}\t{m.group()}\t{' | '.join(n for n in names if name in n)}")
print(f"# shape in {len(reports['all'])} reports, {sum(kinds.values())} times", file=sys.stderr)
for k, v in kinds.most_common():
    print(f"# {k}: {v} in {len(reports[k])} reports", file=sys.stderr)
