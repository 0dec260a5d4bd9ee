"""Round 19c (projAD): count the joined-pair pattern on a dump.py project dump (seed 1922's 200).

usage: PYTHONPATH=$PWD python scan_pairs.py DUMP.jsonl
Counts found project names that the new rule reads as two works (or a works and a bare item of the next list) joined by
和/及/以及 — the module's own matcher (`_split`), so the count is the rule's — and, as a looser count, sentences whose text
writes a works head followed by 和/及/以及 and a second works name.
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.round19c_bounds import _HEAD, _split

hits, raw = defaultdict(list), defaultdict(int)
LOOSE = re.compile(_HEAD + r"(?:以及|及|和)[\u4e00-\u9fff\d]{2,12}?" + _HEAD)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if ("和" in p or "及" in p) and (parts := _split(p)):
            hits[d["r"]].append((p, parts))
    raw[d["r"]] += len(LOOSE.findall(d["t"]))
print("found names read as a joined pair:", sum(map(len, hits.values())), "in", len(hits), "reports")
for r, xs in sorted(hits.items()):
    for p, parts in xs:
        print(" ", r, "|", p, "->", parts)
print("loose text count (head + 和/及/以及 + …head):", sum(raw.values()), "in", sum(1 for v in raw.values() if v), "reports")
