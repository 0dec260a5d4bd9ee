"""Round 26 orgMA: the pattern of round26_subjects on every sentence of a 200-report dump — a clause-opening company (round
18b's NAME) before a verb of approval, rank or change or a company's measure (SUBJECT of kg/extract/entities/round26_orgs.py)
that _one_company takes for one company — and whether the dump's run found it as an organization.

usage: PYTHONPATH=REPO python scan_round26.py DUMP.jsonl > out.txt   (DUMP from ../../entN/round15/dump.py SEED 200 OUT organization)
Columns: found (F) or not (-), report, name, the 20 characters after the name; counts on stderr.
"""
import json
import sys

from kg.extract.entities.round26_orgs import SUBJECT, _one_company

reports, unfound_reports, hits, unfound = set(), set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in SUBJECT.finditer(t):
        s, e = m.start("name"), m.end("name")
        if not _one_company(m.group("name"), t, s, e):
            continue
        name = m.group("name")
        found = name in d["p"]
        hits += 1
        reports.add(d["r"])
        if not found:
            unfound += 1
            unfound_reports.add(d["r"])
        print(f"{'F' if found else '-'}\t{d['r']}\t{name}\t{t[e:e + 20]}")
print(f"{hits} names of the shape in {len(reports)} reports; {unfound} not found as an organization, in {len(unfound_reports)} reports",
      file=sys.stderr)
