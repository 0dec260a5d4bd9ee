"""Round 24 (projJB): count sub-shape G on a dump of the 200 (a 、 list of bare names closed by [等]<kind of works>工程).

usage: PYTHONPATH=$PWD python scan_kind_works.py DUMP.jsonl   (DUMP from ../../entN/round15/dump.py SEED 200 OUT project)
Prints every run the rule reads (round24_lists.runs: two bare items at least) with the dump's finds of the sentence, then the
report counts: the loose frame (a 、 in the clause before the module's TAIL: [等…]<kind of works>工程, any items, split into
with 等 and without), the runs, and the reports where a completed name is missing from the dump's finds.
"""
import json
import sys
from collections import defaultdict

from kg.extract.entities.round24_lists import NOT_KIND, TAIL, runs

CLAUSE_END = "，,。；;：:！？!?（(）)"
loose, loose_deng, read, unfound = set(), set(), defaultdict(list), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in TAIL.finditer(t):
        kind = m.group("kind") or m.group("kind2")
        cs = max(t.rfind(c, 0, m.start()) for c in CLAUSE_END) + 1
        if not NOT_KIND.search(kind) and "、" in t[cs:m.start()]:
            loose.add(d["r"])
            if m.group("kind"):
                loose_deng.add(d["r"])
    for start, end, items in runs(t):
        names = [n for _, _, n in items]
        read[d["r"]].append((t[start:end], names, d["p"]))
        if any(n not in d["p"] for n in names):
            unfound.add(d["r"])
for r, rows in sorted(read.items()):
    for span, names, p in rows:
        print(r, "|", span, "|", "; ".join(names), "| found:", "; ".join(x for x in p if x in span or span.find(x[:2]) >= 0))
print(f"loose frame (、 list + [等]<kind of works>工程): {len(loose)} reports ({len(loose_deng)} with 等)")
print(f"runs the rule reads (two bare items at least): {sum(len(v) for v in read.values())} in {len(read)} reports")
print(f"a completed name missing from the dump's finds: {len(unfound)} reports")
