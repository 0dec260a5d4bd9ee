"""Round 26 (progMA): program inventions of an explain TSV (collect26.py) that the same file's gold lists under another kind
(a project, an organization, an honour: a name read as the wrong kind), with whether fix 1 (`works_name`) marks them; then every
gold program and project name ending in 工程 that `works_name` marks (how the golds cut the shape: they must agree).

usage: PYTHONPATH=$PWD python kindcross.py EXPLAIN.tsv
"""
import glob
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from kg.extract.entities.round26_programs import works_name


def gold_path(s, f):
    stem = f[:-4]
    return Path("/work/shared/gold") / (stem + ".gold.json") if s == "dev" else Path(f"eval/{s}") / (stem + ".gold.json")


def norm(x):
    return re.sub("[“”‘’]", "", x)


def name(x):
    return x if isinstance(x, str) else (x.get("name") or x.get("title") or "")


rows = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, what, n, ctx = line.rstrip("\n").split("\t")[:5]
    if what != "invented":
        continue
    g = json.load(open(gold_path(s, f), encoding="utf-8"))
    for k in ("projects", "organizations", "honors"):
        names = [norm(name(x)) for x in (g.get(k) or [])]
        if any(norm(n) == x or (len(x) >= 4 and (x in norm(n) or norm(n) in x)) for x in names):
            rows[k].append((s, n, works_name(norm(n)), ctx[:90]))
for k, xs in rows.items():
    sets = sorted({x[0] for x in xs})
    print(f"## program inventions the gold lists as {k}: {len(xs)} in {len(sets)} sets ({' '.join(sets)}); "
          f"fix 1 marks {sum(x[2] for x in xs)}")
    for x in xs:
        print("   ", x[0], "FIX1" if x[2] else "-", x[1], "|", x[3])
files = [f for f in sorted(glob.glob("eval/dev*/*.gold.json")) + sorted(glob.glob("/work/shared/gold/*.gold.json"))
         if not re.search(r"/(dev29|heldout)", f)]
for k in ("programs", "projects"):
    tot, hit = 0, []
    for f in files:
        for p in json.load(open(f, encoding="utf-8")).get(k) or []:
            p = norm(name(p))
            if p.endswith("工程"):
                tot += 1
                if works_name(p):
                    hit.append(f.split("/")[-2] + ":" + p)
    print(f"## gold {k} ending in 工程: {tot}; marked by fix 1: {len(hit)}")
    print("   ", " ".join(hit))
