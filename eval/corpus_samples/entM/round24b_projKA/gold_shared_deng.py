"""Gold texts (official, dev2..dev27): 、/和 lists of bare short names whose last item carries the head, then 等 —
`A、B、C<head>等…` — and how each gold cuts the items (and the corpus scan uses the same regex)."""
import json, re, glob, sys
from pathlib import Path
HEAD = (r"(?:高速公路|高速铁路|高速|高铁|铁路|城际铁路|城际|快速路|公路|大道|大桥|机场|港区|码头|水库|电站|电厂|水电站|灌区|"
        r"风电场|光伏电站|变电站|污水处理厂|水厂|园区|产业园|物流园|医院|学校|中学|小学|公园|隧道|枢纽|管道|航道|干渠|堤防)")
ITEM = r"[\u4e00-\u9fff]{2,4}"
PAT = re.compile(rf"(?<![\u4e00-\u9fff])?((?:{ITEM}、)+{ITEM}(?:[和及]{ITEM})?){HEAD}(?=等)")
def main():
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
                cov = [p for p in projs if any(i in p for i in items)]
                print(s, name, text[max(0, m.start()-8):m.end()+10].replace("\n", " "), "=>", "; ".join(cov) or "NONE", sep="\t")
if __name__ == "__main__":
    main()
