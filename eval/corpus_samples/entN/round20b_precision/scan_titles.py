"""Round 20b (progCC) fix 2: program finds read from inside the title of a place or unit (“四好农村路”全国示范县,
法治政府建设示范市, 国家循环经济试点市), counted by report on a dump of round 15's dump.py.

usage: PYTHONPATH=$PWD python scan_titles.py DUMP.jsonl   (DUMP from ../round15/dump.py 2016 200 OUT.jsonl)
Uses the patterns of kg/extract/entities/round20b_precision.py (TITLE_AFTER, UNIT_AFTER) on the text after the first
place the name is written in its sentence (a name rewritten by the extractor, e.g. without its quotes, is looked up
without them). Prints report, name, context; then the counts on stderr.
"""
import json
import sys
from collections import defaultdict

from kg.extract.entities.round20b_precision import TITLE_AFTER, UNIT_AFTER

hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    for p in d["p"]:
        k = t.find(p)
        if k < 0:
            continue
        end = k + len(p)
        if p.endswith(("试点", "示范")):
            inside = "改革" not in p and UNIT_AFTER.match(t, end) is not None
        else:
            m = TITLE_AFTER.match(t, end)
            inside = m is not None and not p.endswith("改革")
        if inside:
            hits[d["r"]].append((p, t[max(0, k - 12):end + 12]))
for r, v in sorted(hits.items()):
    for p, ctx in v:
        print(r, p, ctx, sep="\t")
print(f"# {sum(len(v) for v in hits.values())} finds in {len(hits)} reports", file=sys.stderr)
