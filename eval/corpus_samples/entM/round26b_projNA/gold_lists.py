"""Round 26b (projNA): how the golds cut the items of a list whose head says they are projects
(`A、B、C等…项目`, `A、B、C N个…项目`): each item, in gold projects (P), organizations (O), programs (G) or not (-).

usage: python gold_lists.py [sets...]   (reads eval/devN/*.txt + .gold.json and the official gold; never heldout*)
"""
import glob
import json
import re
import sys
from pathlib import Path

SETS = sys.argv[1:] or ["dev"] + [f"dev{i}" for i in range(2, 30)]
LIST = re.compile(r"([^，。；：:]{4,}?、[^，。；：:]+?)(?:等|共)(?:[0-9一二三四五六七八九十百]+[个项批])?[^，。；、]{0,14}?项目"
                  r"|([^，。；：:]{4,}?、[^，。；：:]+?)[0-9一二三四五六七八九十百]+个[^，。；、]{0,10}?项目")


def norm(x):
    return re.sub(r"[“”‘’\"\s]", "", x).replace("（", "(").replace("）", ")")


for s in SETS:
    d = Path("/work/shared/gold") if s == "dev" else Path(f"eval/{s}")
    for g in sorted(glob.glob(str(d / "*.gold.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        txt = d / gold["report"]
        if not txt.exists():
            txt = d / "excerpts" / gold["report"]
        if not txt.exists():
            txt = Path("/work/shared/reports") / gold["report"]
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        P = [norm(x) for x in (gold.get("projects") or [])]
        O = [norm(x if isinstance(x, str) else x.get("name", "")) for x in (gold.get("organizations") or [])]
        G = [norm(x if isinstance(x, str) else x.get("name", "")) for x in (gold.get("programs") or [])]
        for m in LIST.finditer(text):
            body = m.group(1) or m.group(2)
            items = re.split(r"、|和|及", body)
            marks = []
            for it in items:
                n = norm(it)
                k = "-"
                for lab, L in (("P", P), ("O", O), ("G", G)):
                    if any(x and (x in n or n in x) and len(x) >= 2 for x in L):
                        k = lab
                        break
                marks.append(f"{k}:{it}")
            print(s, gold["report"], " | ".join(marks), "<<", m.group(0)[-40:], sep="\t")
