"""Round 17b orgR: reforms (program finds ending 改革/改制) whose name starts with one named institution
(南航集团股权多元化改革, 深交所创业板注册制改革, 大连港集团改革, 湘江集团市场化改革, 东贝集团改革).

usage: PYTHONPATH=$PWD python scan_prog_lead.py DUMP.jsonl   (DUMP from entN/round15/dump.py; every sentence is in it)
Prints report | program | leading institution | ORG when already an organization of the sentence, then counts.
"""
import json
import sys

from kg.extract.entities.api import candidates
from kg.extract.entities.round17b_orgs import reform_lead

reps, n, new = set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "改" not in t:
        continue
    for kind, name in candidates(t):
        if kind != "program":
            continue
        p = reform_lead(name)
        if p:
            old = p in d["p"]
            print(d["r"], "|", name, "|", p, "|", "ORG" if old else "-", "|", t[:120])
            reps.add(d["r"])
            n += 1
            new += not old
print(n, "reforms led by an institution in", len(reps), "reports;", new, "not yet an organization")
