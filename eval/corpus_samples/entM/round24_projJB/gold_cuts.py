"""Round 24 (projJB): how each gold cuts the items of a 、 list closed by 等[一批|N处][重点|重大]<kind>工程 (sub-shape G).

usage: python gold_cuts.py > gold_cuts.txt   (dev13 … dev26 and the official gold; prints per item: FULL item+kind+工程,
BARE item alone, OTHER the gold names holding the item, NONE nothing)
"""
import glob
import json
import re
from pathlib import Path

TAIL = re.compile(r"等(?:一批|[0-9一二三四五六七八九十两]+[个项条座处])?(?:重点|重大)?(?P<kind>[\u4e00-\u9fff]{1,8}?)工程")
CL = "，,。；;：:！？!?\n"
sets = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(13, 27)]
for s, d in sets:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        gold = json.load(open(g, encoding="utf-8"))
        names = {p if isinstance(p, str) else p["name"] for p in gold.get("projects") or []}
        base = Path(g).name.replace(".gold.json", "")
        txts = glob.glob(f"{d}/{base}*.txt") + glob.glob(f"{d}/excerpts/{base}*.txt") + glob.glob(f"/work/shared/reports/{base}*.txt")
        if not txts:
            continue
        t = Path(txts[0]).read_text(encoding="utf-8")
        for m in TAIL.finditer(t):
            cs = max(t.rfind(c, 0, m.start()) for c in CL) + 1
            head = t[cs:m.start()]
            if "、" not in head:
                continue
            kind = m.group("kind")
            items = re.split(r"、|和|及", head)
            print(f"{s}\t{base}\t{kind}工程\t{head[-60:]}")
            for it in items[1:] + [items[0][-8:]]:
                full = [n for n in names if it and it in n]
                tag = "FULL" if it + kind + "工程" in names else "BARE" if it in names else ("OTHER " + "|".join(full[:3]) if full else "NONE")
                print(f"\t\t{it}\t{tag}")
