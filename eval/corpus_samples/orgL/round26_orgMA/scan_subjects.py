"""Round 26 orgMA: clause-opening company names by a trade word (round 18b's NAME: a stem of 2-4 characters and 集团/公司/控股 or a
trade word of lists.py's COMPANY_END) that round 18b's _kind test takes for a name, with no organization found over them, and
what follows them (any predicate, not only round 18b's ACTION verbs).

usage: PYTHONPATH=REPO python scan_subjects.py DUMP.jsonl > out.txt   (DUMP from ../../entN/round15/dump.py SEED 200 OUT organization)
Columns: report, name, found?, the 24 characters after the name.
"""
import json
import re
import sys

from kg.extract.entities.round18b_orgs import NAME, _kind

OPEN = re.compile(rf"(?:^|(?<=[，。；：！？,;:]))(?:其中|同时|目前|此外|特别是)?(?P<name>{NAME})(?=[\u4e00-\u9fff“])")
reports, hits = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in OPEN.finditer(t):
        name = m.group("name")
        if _kind(name):
            continue
        found = any(name in p or p in name for p in d["p"])
        hits += 1
        reports.add(d["r"])
        print(f"{d['r']}\t{name}\t{'F' if found else '-'}\t{t[m.end():m.end() + 24]}")
print(f"{hits} clause-opening company names in {len(reports)} reports", file=sys.stderr)
