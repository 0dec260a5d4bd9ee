"""Round 26 (progMA): how the golds treat a program name that begins with a place (a division's full or short name from
kg/data/divisions.tsv): every gold program name of the official gold, dev2 … dev28 (not dev29, not heldout*) that begins with
one, and (with an explain TSV) every invention that begins with one, with the gold name it overlaps.

usage: PYTHONPATH=$PWD python place_golds.py [EXPLAIN.tsv]
"""
import glob
import json
import re
import sys

from kg.gazetteer import county_short, gazetteer, short_name

g = gazetteer()
places = set()
for d in g.by_code.values():
    if d.level == "national":
        continue
    places.add(d.name)
    s = short_name(d.name) if d.level in ("province", "prefecture") else county_short(d.name)
    if s and len(s) >= 2:
        places.add(s)
places -= {"中国", "全国"}


def lead(name):
    name = name.replace("“", "").replace("”", "")
    for k in range(min(8, len(name) - 3), 1, -1):
        if name[:k] in places:
            return name[:k]
    return None


files = sorted(glob.glob("eval/dev*/*.gold.json")) + sorted(glob.glob("/work/shared/gold/*.gold.json"))
files = [f for f in files if not re.search(r"/(dev29|heldout)", f) and not re.search(r"/dev(4|6|8|10|12)/", f)]
n = 0
for f in files:
    for p in json.load(open(f, encoding="utf-8")).get("programs", []):
        p = p if isinstance(p, str) else p["name"]
        if lead(p):
            n += 1
            print("GOLD", f.split("/")[-2], lead(p), p, sep="\t")
print("gold names beginning with a place:", n)
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding="utf-8"):
        s, f, what, name, ctx = line.rstrip("\n").split("\t")[:5]
        if what == "invented" and lead(name):
            print("INV", s, lead(name), name, ctx[:80], sep="\t")
