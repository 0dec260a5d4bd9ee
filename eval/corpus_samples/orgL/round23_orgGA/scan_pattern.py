"""Round 23 orgGA: the pattern of fix 1 on a dump_all.py dump (the base's finds): school names found as projects, and which of
them stand in a frame of the school's running (round23_orgs' frame tests, run on the sentence with the project's first position).

usage: PYTHONPATH=REPO python scan_pattern.py DUMP_ALL.jsonl [show]
"""
import json
import sys
from collections import defaultdict

from kg.extract.entities.patterns import _Found
from kg.extract.entities.round23_orgs import round23_orgs

show = "show" in sys.argv
hit = defaultdict(list)
allschool = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    found = []
    for kind, names in d["k"].items():
        at = 0
        for n in names:
            s = t.find(n, 0)
            if s < 0:
                continue
            found.append(_Found(kind, n, s, s + len(n), 5))
            at = s
    out = round23_orgs(found, t)
    for a, b in zip(found, out):
        if a.kind == "project" and b.kind == "organization":
            hit[d["r"]].append(a.name)
            if show:
                print(d["r"], a.name, t[max(0, a.start - 25):a.end + 25], sep="\t")
print(sum(len(v) for v in hit.values()), "names in", len(hit), "reports", file=sys.stderr)
