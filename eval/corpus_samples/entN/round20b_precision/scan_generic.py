"""Round 20b (progCC): program finds named only by words of weight or number before 改革 (标志性改革, 几项重大改革, 重要领域改革),
counted by report on a dump of round 15's dump.py.

usage: PYTHONPATH=$PWD python scan_generic.py DUMP.jsonl   (DUMP from ../round15/dump.py 2016 200 OUT.jsonl)
Uses the pattern of kg/extract/entities/round20b_precision.py (the words of kg/data/round20b_generic_reforms.txt).
Prints report, name, context; then the counts on stderr.
"""
import json
import sys
from collections import defaultdict

from kg.extract.entities.round20b_precision import _generic_reform

generic = _generic_reform()
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if p.endswith(("改革", "改革试点")) and generic.fullmatch(p):
            k = d["t"].find(p)
            hits[d["r"]].append((p, d["t"][max(0, k - 15):k + len(p) + 10]))
for r, v in sorted(hits.items()):
    for p, ctx in v:
        print(r, p, ctx, sep="\t")
print(f"# {sum(len(v) for v in hits.values())} finds in {len(hits)} reports", file=sys.stderr)
