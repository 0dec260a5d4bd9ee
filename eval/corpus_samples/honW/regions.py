"""Round 15 (honW), task 3: the reporting region find_region picks for each development excerpt, against the gold
file's admin units and its honors' recipients (the official files and dev2..dev15; never the blind sets).
usage: regions.py"""
import glob
import json
from pathlib import Path

from kg.gazetteer import gazetteer
from kg.read import read_document
from kg.resolve import find_region
from kg.structure import structure_report

gaz = gazetteer()
sets = ["/work/shared/gold"] + [f"eval/dev{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15)]
for d in sets:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        gold = json.load(open(g))
        txt = Path(g.replace(".gold.json", ".txt"))
        if not txt.exists():
            txt = Path(d) / "excerpts" / txt.name
        if not txt.exists():
            txt = Path("/work/shared/reports") / txt.name
        if not txt.exists():
            print(d, g, "no text")
            continue
        report = structure_report(read_document(txt))
        region = find_region(report, gaz)
        meta = gold.get("meta") or {}
        selfs = sorted({h["recipient"] for h in gold.get("honors") or []})
        print(d.split("/")[-1], txt.name, "|", report.meta.region, "|", region.name if region else None, "| gold:",
              meta.get("region"), "|", " ".join(selfs)[:80])
