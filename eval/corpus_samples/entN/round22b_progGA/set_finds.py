"""Round 22b (progGA): every program the extractor finds in the texts of the allowed four-kind sets (official gold, dev13 … dev24;
never dev25 or heldout*), with LISTED when the set's gold file lists that exact name (quotes ignored), to see how the golds
treat a shape (e.g. names ending in 模式).

usage: PYTHONPATH=$PWD python set_finds.py OUT.tsv   (set, file, listed?, name, sentence)
"""
import json
import sys
from pathlib import Path

from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

import os
SETS = os.environ.get("SETS", " ".join(["dev"] + [f"dev{i}" for i in range(13, 25)])).split()  # never dev25, heldout*


def pairs(s):
    if s == "dev":
        g = Path("/work/shared/gold")
        out = [(Path("/work/shared/reports/shayibake_2024.txt"), g / "shayibake_2024.gold.json")]
        for t in sorted((g / "excerpts").glob("*.txt")):
            out.append((t, g / (t.stem + ".gold.json")))
        return out
    return [(t, t.with_name(t.stem + ".gold.json")) for t in sorted(Path(f"eval/{s}").glob("*.txt"))]


def norm(x):
    return x.replace("“", "").replace("”", "").replace("‘", "").replace("’", "")


with open(sys.argv[1], "w", encoding="utf-8") as w:
    for s in SETS:
        for t, g in pairs(s):
            gold = set()
            if g.exists():
                gold = {norm(p if isinstance(p, str) else p["name"]) for p in json.load(open(g, encoding="utf-8")).get("programs", [])}
            rep = structure_report(read_document(t))
            for e in find_entities(rep):
                if e.kind == "program":
                    w.write(f"{s}\t{t.name}\t{'LISTED' if norm(e.name) in gold else '-'}\t{e.name}\t{rep.sentences[e.sentence].text[:120]}\n")
