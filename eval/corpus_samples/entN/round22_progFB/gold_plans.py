"""Round 22 (progFB): how the golds treat the five-year plan (十四五规划 …) and other …规划/纲要 names in their texts.

usage: python gold_plans.py   (official gold + dev2 … dev24 but dev12; files with programs annotated only)
"""
import json
import re
from pathlib import Path

SETS = [Path("/work/shared/gold")] + [Path(f"eval/dev{i}") for i in range(2, 25) if i != 12]
PLAN = re.compile(r"[\u4e00-\u9fff0-9“”]{0,14}?(?:十[一二三四五六]五|“十[一二三四五六]五”)[\u4e00-\u9fff]{0,12}?(?:规划纲要|规划|纲要)")
for d in SETS:
    for g in sorted(d.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        if "programs" not in gold:
            continue
        rep = gold["report"]
        p = next((x for x in (d / "excerpts" / rep, d / rep, Path("/work/shared/reports") / rep) if x.exists()), None)
        if not p:
            continue
        text = p.read_text(encoding="utf-8")
        for m in PLAN.finditer(text):
            name = m.group(0).replace("“", "").replace("”", "")
            listed = [x for x in gold["programs"] if re.search(r"十[一二三四五六]五", x) and x in name]
            ctx = text[max(0, m.start() - 12):m.end() + 12].replace("\n", " ")
            print(f"{d.name}\t{rep}\t{'LISTED ' + '|'.join(listed) if listed else 'not listed'}\t{name}\t{ctx}")
