"""Round 23 (projHB): how often the shape of the fix occurs on a dump.py sample.

usage: PYTHONPATH=$PWD python scan_split.py DUMP.jsonl NAMED_REFUSED.tsv
(a) reports with a project found whose name opens with a coined pair jieba splits (round23_names.split_name): the naming
shape itself, read by other tests (heads, ways); (b) reports where a works frame read such a name and round 18b's _named or
round 19's _named_works refused it (named_refused.py's output on the base).
"""
import json
import sys

from kg.extract.entities.round23_names import split_name

found, ex = set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if split_name(p):
            found.add(d["r"])
            ex.append(p)
refused = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = line.rstrip("\n").split("\t")
    if split_name(r[2]):
        refused.setdefault(r[0], []).append(r[2])
print(f"(a) found names with a split first pair: {len(ex)} in {len(found)} of the reports; e.g. {ex[:12]}")
print(f"(b) frame read, name refused for want of a proper word: {len(refused)} reports")
for k, v in refused.items():
    print(" ", k, v)
