"""For each gold project of the official gold and dev13..dev27: is it written right after a time word in its text?"""
import json, re, glob, sys
from pathlib import Path
TW = r"(?:年内|年底|今年|明年|全年|年初|年末|上半年|下半年|当年|年中|同年|次年|月底|年前|近期|目前|当前|届时|力争年内|力争年底)"
sets = [("dev", "/work/shared/gold")] + [(f"dev{n}", f"eval/dev{n}") for n in range(13, 28)]
for s, d in sets:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        t = Path(g.replace(".gold.json", ".txt"))
        if not t.exists():
            t = Path("/work/shared/reports") / t.name
            if not t.exists():
                alt = list(Path("/work/shared/gold/excerpts").glob(Path(g).name.replace(".gold.json", ".txt")))
                if not alt: continue
                t = alt[0]
        text = t.read_text()
        for p in json.load(open(g))["projects"]:
            for m in re.finditer(re.escape(p), text):
                pre = text[max(0, m.start()-6):m.start()]
                mm = re.search(TW + r"$", pre)
                if mm: print(s, t.name, p, "|", text[max(0,m.start()-12):m.end()+10].replace("\n"," "), sep="\t")
