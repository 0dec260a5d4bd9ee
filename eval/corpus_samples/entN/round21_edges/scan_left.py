"""Round 21 (progDA): counts of the dev23 edge and list shapes left alone, on a dump.py file (seed 2104 before).

usage: python scan_left.py DUMP.jsonl
"""
import json
import re
import sys

H = "\u4e00-\u9fff"
SHAPES = {
    "A、B等<named>改革 (企业名称自主核准、…等商事制度改革)": rf"、[{H}“”]{{2,14}}等(?!重点|各项|一系列|系列|重大|关键|领域|方面)[{H}]{{2,6}}改革",
    "X制/机制/体制(改革)试点 (林长制试点)": rf"[{H}]{{2,10}}制(?:改革)?试点",
    "“X”试点 (“六个一”试点)": r"”试点",
    "新一轮 + program (新一轮…行动计划)": rf"新一轮[{H}“”]{{2,20}}(?:计划|行动|工程|改革|试点)",
    "全面深化改革 + plan (全面深化改革两年行动计划)": r"全面深化改革[^，。；]{0,6}(?:计划|方案)",
    "“X”“Y”行动 (adjacent quoted names, one head)": r"”“[^”]{2,12}”(?:专项)?(?:行动|工程|计划)",
    "A、B + 交易制度 (碳排放权、水权交易制度)": rf"权、[{H}]{{1,6}}权交易",
}
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
for name, pat in SHAPES.items():
    rx = re.compile(pat)
    reps = {d["r"] for d in rows if rx.search(d["t"])}
    n = sum(len(rx.findall(d["t"])) for d in rows)
    print(f"{len(reps):4d} reports {n:4d} hits  {name}")
