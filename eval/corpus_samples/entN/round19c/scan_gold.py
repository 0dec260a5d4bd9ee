"""Round 19c (progAC): how the gold files treat a list closed by a counted collective name
(`A、B、C“N大行动”`, `A、B、C三项制度改革`, `A、B、C等N项改革`, `A、B、C等改革`).

usage: python scan_gold.py   (prints each case in /work/shared/gold and eval/dev*/ but never heldout*, with the gold's programs
and projects that overlap the span)
"""
import glob
import json
import re
import os

NUM = r"[一二三四五六七八九十两0-9]"
# items separated by 、 then (optional 等) then a counted name: N大/N项/N个/N条 + head
PAT = re.compile(r"(?P<items>(?:[^，。；：、“”]{2,14}、){1,}[^，。；：、“”]{2,14}?)(?P<etc>等)?(?P<q>“)?(?P<count>" + NUM +
                 r"+(?:大|项|个|条|场|张)[^，。；：、“”]{0,10}?(?:行动|改革|工程|计划|战略|制度|攻坚战|歼灭战|战役|活动|机制|专项|体系|提升|革命|建设|整治|攻坚))(?P<q2>”)?")
files = [("/work/shared/gold/excerpts/" + os.path.basename(g).replace(".gold.json", ".txt"), g)
         for g in glob.glob("/work/shared/gold/*.gold.json")]
files = [(t if os.path.exists(t) else "/work/shared/reports/" + os.path.basename(t).replace("_excerpt", ""), g) for t, g in files]
for d in sorted(glob.glob("eval/dev*/")):
    for g in glob.glob(d + "*.gold.json"):
        files.append((g.replace(".gold.json", ".txt"), g))
for t, g in files:
    if "heldout" in t or not os.path.exists(t):
        continue
    text = open(t, encoding="utf-8").read()
    gold = json.load(open(g, encoding="utf-8"))
    names = [(k, n if isinstance(n, str) else n.get("name", "")) for k in ("programs", "projects") for n in (gold.get(k) or [])]
    for m in PAT.finditer(text):
        span = m.group(0).replace("“", "").replace("”", "")
        count = m.group("count")
        items = m.group("items").split("、")
        hit = [f"{k[:4]}:{n}" for k, n in names if n and (n in span or count.replace("”", "") in n
               or any(len(i) >= 2 and i[-4:] in n for i in items[1:]))]
        print(f"{t}\t{'ETC ' if m.group('etc') else ''}{m.group(0)}\t{hit}")
