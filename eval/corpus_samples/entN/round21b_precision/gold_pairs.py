"""Round 21b (progEB): how the official gold and the dev golds treat `X改革` written as one side of a pair
(改革创新, 改革和发展, 改革发展, 改革转型, 改革与…): is `X改革` listed as a program?

usage: python gold_pairs.py   (prints set | match | listed programs that contain the stem)
"""
import glob
import json
import re
from pathlib import Path

RX = re.compile(r"([\u4e00-\u9fff、“”]{2,14}?)改革(创新|和创新|与创新|及创新|和发展|与发展|及发展|发展|转型|和转型|和开放|开放|和投入|攻坚)")
for g in sorted(glob.glob("/work/shared/gold/*.json") + glob.glob("eval/dev*/*.json")):
    d = json.load(open(g, encoding="utf-8"))
    if "programs" not in d:
        continue
    t = Path(g.replace(".gold.json", ".txt"))
    if not t.exists():
        stem = Path(g).name.replace(".gold.json", "")
        cand = list(Path("/work/shared/gold/excerpts").glob(stem + "*.txt")) + list(Path("/work/shared/reports").glob(stem + ".txt"))
        if not cand:
            continue
        t = cand[0]
    text = t.read_text(encoding="utf-8").replace("“", "").replace("”", "")
    progs = [p if isinstance(p, str) else p["name"] for p in d["programs"]]
    for m in RX.finditer(text):
        stem = m.group(1)[-2:] + "改革"
        hit = [p for p in progs if p.endswith(stem)]
        ctx = text[max(0, m.start() - 8):m.end() + 4].replace("\n", " ")
        print(g.split("/")[-2], "|", ctx, "|", "LISTED" if hit else "-", hit[:4])
