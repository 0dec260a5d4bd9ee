"""Every 、/和 list of bare names closed by a road/rail kind (高速, 高铁, 铁路, 公路, 快速路, 城际 …) in the gold texts
(official, dev13..dev27): how each gold cuts the items."""
import json, re, glob
from pathlib import Path
KIND = r"(?:高速公路|高速铁路|高速|高铁|铁路|城际铁路|城际|快速路|国道|省道|轨道交通)"
ITEM = r"[\u4e00-\u9fff]{2,4}"
PAT = re.compile(rf"((?:{ITEM}[、和及])+{ITEM}){KIND}")
sets = [("dev", "/work/shared/gold")] + [(f"dev{n}", f"eval/dev{n}") for n in list(range(2, 12)) + list(range(13, 28))]
for s, d in sets:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        name = Path(g).name.replace(".gold.json", ".txt")
        cands = [Path(d) / name, Path("/work/shared/reports") / name, Path("/work/shared/gold/excerpts") / name]
        t = next((c for c in cands if c.exists()), None)
        if t is None: continue
        text = t.read_text()
        projs = json.load(open(g)).get("projects") or []
        for m in PAT.finditer(text):
            items = re.split(r"[、和及]", m.group(1))
            if re.search(KIND + r"|路|桥|场|站|地|造", m.group(1)): continue
            cov = [p for p in projs if any(i in p for i in items)]
            print(s, name, m.group(0), "=>", "; ".join(cov) or "NONE", sep="\t")
