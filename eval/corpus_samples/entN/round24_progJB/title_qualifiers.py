"""Round 24 (progJB): program finds that sit inside an honour or designation title (全国“四好农村路”示范县,
国家全域旅游示范区, 省级乡村振兴示范村 …) — the programme is only the title's qualifier — in the texts of the development
sets (dev, dev5/7/9/11, dev13 … dev26; never heldout*, dev27), LISTED when the file's gold lists that exact name.

usage: PYTHONPATH=$REPO python title_qualifiers.py [REPO]   (prints set, file, listed?, name, after, sentence)
"""
import json
import re
import sys
from pathlib import Path

from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]
TAIL = re.compile(r"[”’]?(?:全国|全省|国家级|省级|市级|国家|省|市)?(?:示范|先进|标杆|样板|模范)")
REPO = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")


def pairs(s):
    if s == "dev":
        g = Path("/work/shared/gold")
        out = [(Path("/work/shared/reports/shayibake_2024.txt"), g / "shayibake_2024.gold.json")]
        return out + [(t, g / (t.stem + ".gold.json")) for t in sorted((g / "excerpts").glob("*.txt"))]
    return [(t, t.with_name(t.stem + ".gold.json")) for t in sorted((REPO / "eval" / s).glob("*.txt"))]


def norm(x):
    return re.sub("[“”‘’]", "", x)


for s in SETS:
    for t, g in pairs(s):
        gold = {norm(p if isinstance(p, str) else p["name"]) for p in json.load(open(g, encoding="utf-8")).get("programs", [])} \
            if g.exists() else set()
        rep = structure_report(read_document(t))
        for e in find_entities(rep):
            if e.kind != "program":
                continue
            st = rep.sentences[e.sentence].text
            i = st.find(e.name)
            if i < 0:
                i = norm(st).find(norm(e.name))
                st = norm(st)
            after = st[i + len(e.name):i + len(e.name) + 12] if i >= 0 else ""
            if TAIL.match(after):
                print(f"{s}\t{t.name}\t{'LISTED' if norm(e.name) in gold else '-'}\t{e.name}\t{after}\t{st[:150]}")
