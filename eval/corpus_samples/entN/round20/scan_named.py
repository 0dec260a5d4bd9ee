"""Round 20 (progBA): on a dump2.py file, the national ecological programmes of kg/data/round20_ecological_programs.txt
(quotes allowed, as the extractor reads them) and 退耕还林: in how many reports each is named, and in how many one is not
inside a program found in its sentence.

usage: PYTHONPATH=$PWD python scan_named.py DUMP.jsonl
"""
import json
import sys
from collections import Counter

from kg.extract.entities.round20_programs import _names

named, missed, by_name = set(), set(), Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in _names().finditer(d["t"]):
        name = m.group(0).replace("“", "").replace("”", "")
        named.add(d["r"])
        if not any(name in p.replace("“", "").replace("”", "") for p in d["p"]):
            missed.add(d["r"])
            by_name[name] += 1
print(len(named), "reports name one;", len(missed), "reports with one not inside a found program;", dict(by_name))
