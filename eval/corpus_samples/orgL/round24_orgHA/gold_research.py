"""Round 24 orgHA: the research bodies (…分中心 分院 研究院 研究所 实验室 研究中心 创新中心 技术中心 工程中心 分所) the golds list as
projects and as organizations, per set (only gold files that annotate organizations).

usage: python gold_research.py > gold_research.txt
"""
import glob
import json
import re

H = re.compile(r"(分中心|分院|研究院|研究所|实验室|研究中心|创新中心|技术中心|工程中心|分所)$")
sets = ["dev", "dev2", "dev3", "dev4", "dev6", "dev8", "dev10"] + [f"dev{i}" for i in range(13, 27)]
tp = to = 0
for s in sets:
    gs = glob.glob("/work/shared/gold/*.json") if s == "dev" else glob.glob(f"eval/{s}/*.gold.json")
    p, o = [], []
    for g in sorted(gs):
        d = json.load(open(g, encoding="utf-8"))
        if d.get("organizations") is None:
            continue
        p += [x for x in d.get("projects") or [] if H.search(x)]
        o += [x for x in d.get("organizations") or [] if H.search(x)]
    tp, to = tp + len(p), to + len(o)
    print(f"{s}\tprojects {len(p)}: {' '.join(p)}\n\torganizations {len(o)}: {' '.join(o)}")
print(f"total: projects {tp}, organizations {to}")
