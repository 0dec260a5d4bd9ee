"""Round 19c (progAC): lists closed by a counted collective name (`A、B、C“五大行动”`, `A、B、C三项制度改革`), without 等,
on round 15's dump.py output, and what the extractor makes of each (programs).

usage: python scan_counted_lists.py DUMP.jsonl [--all]
Each case is tagged
  COUNTED  a program holds the counted name (五大行动, 三项制度改革)
  GLUED    a program holds the count inside a longer name (饮水安全两个歼灭战) -- wrong under any convention
  ITEMS    items completed with the head (碧水守护行动 …) and no counted name
  NONE     nothing found over the span
"""
import json
import re
import sys

NUM = "一二三四五六七八九十两"
HEADS = (r"(?:行动|改革|工程|计划|战略|攻坚战|歼灭战|战役|活动|机制|专项行动|专项|行动计划|提升行动|攻坚行动|"
         r"制度改革|体制改革|攻坚|革命|保卫战|会战|治理|整治|行动方案|示范工程|民生工程)")
PAT = re.compile(r"(?P<items>(?:[^，。；：、“”（）()等]{2,16}、){1,}[^，。；：、“”（）()等]{2,16}?)(?P<q>“)?(?P<count>[" + NUM
                 + r"](?:大|项|个)(?P<mid>[^，。；：、“”]{0,6}?)" + HEADS + r")(?P<q2>”)?(?![\u4e00-\u9fff]{0,1}(?:项目|企业))")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
tags: dict[str, set] = {}
for d in rows:
    for m in PAT.finditer(d["t"]):
        count = m.group("count")
        items = m.group("items").split("、")
        if m.group("q") and not m.group("q2"):
            continue
        ps = d["p"]
        if any(count[:2] in p and not p.startswith(count[:2]) and p[:p.find(count[:2])] and items[-1].endswith(p[:p.find(count[:2])][-2:])
               for p in ps):
            tag = "GLUED"
        elif any(p.endswith(count) or p == count for p in ps):
            tag = "COUNTED"
        elif any(any(len(i) >= 2 and i[-2:] in p for i in items) for p in ps):
            tag = "ITEMS"
        else:
            tag = "NONE"
        tags.setdefault(tag, set()).add(d["r"])
        rel = [p for p in ps if any(i[-2:] in p for i in items) or count[:2] in p]
        print(f"{tag}\t{d['r']}\t{m.group(0)}\t{rel}")
reps = set().union(*tags.values()) if tags else set()
print(f"== {len(reps)} reports with a list closed by a counted name; by tag (reports): "
      + ", ".join(f"{k} {len(v)}" for k, v in sorted(tags.items())))
