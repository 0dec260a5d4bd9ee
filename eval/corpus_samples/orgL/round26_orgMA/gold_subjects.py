"""Round 26 orgMA: how the golds cut the shape of round26_subjects — every clause-opening company of the shape (SUBJECT and
_one_company of kg/extract/entities/round26_orgs.py) in the gold sets' texts, and whether that gold lists it as an organization,
a project, or not at all. Gold sets that annotate organizations: the official gold, dev2, dev3, dev4, dev6, dev8, dev10, dev13 … dev28.

usage: PYTHONPATH=REPO python gold_subjects.py > gold_subjects.tsv
Columns: set, file, name, listed as (organization / project / other kind / -), the 30 characters after the name.
"""
import glob
import json
import sys
from pathlib import Path

from kg.extract.entities.round26_orgs import SUBJECT, _one_company

SETS = ["dev", "dev2", "dev3", "dev4", "dev6", "dev8", "dev10"] + [f"dev{i}" for i in range(13, 29)]
n = {"organization": 0, "project": 0, "other": 0, "-": 0}
for s in SETS:
    golds = sorted(glob.glob("/work/shared/gold/*.gold.json" if s == "dev" else f"eval/{s}/*.gold.json"))
    for g in golds:
        d = json.load(open(g, encoding="utf-8"))
        if not d.get("organizations") and s != "dev":
            continue
        name = Path(g).name.replace(".gold.json", ".txt")
        txt = Path("/work/shared/reports" if s == "dev" and "shayibake" in name else
                   "/work/shared/gold/excerpts" if s == "dev" else f"eval/{s}") / name
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        for line in text.splitlines():
            for m in SUBJECT.finditer(line):
                a, b = m.start("name"), m.end("name")
                if not _one_company(m.group("name"), line, a, b):
                    continue
                nm = m.group("name")
                kind = ("organization" if nm in d.get("organizations", []) else
                        "project" if nm in d.get("projects", []) else
                        "other" if any(nm in (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False))
                                       for k in ("programs", "honors") for x in d.get(k, [])) else "-")
                n[kind] += 1
                print(f"{s}\t{name}\t{nm}\t{kind}\t{line[b:b + 30]}")
print(n, file=sys.stderr)
