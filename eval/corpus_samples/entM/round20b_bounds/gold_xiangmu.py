"""Round 20b projCA: how the dev gold cuts a name the text writes before 项目 (dropped or kept), by the name's last word.

usage: python gold_xiangmu.py   (reads eval/dev*/ and /work/shared/gold; never heldout)
"""
import collections
import glob
import json
import re

import jieba

rows = collections.defaultdict(list)
for g in sorted(glob.glob("eval/dev*/*.gold.json")) + sorted(glob.glob("/work/shared/gold/*.json")):
    txt = g.replace(".gold.json", ".txt")
    try:
        text = open(txt, encoding="utf-8").read()
    except OSError:
        continue
    for p in json.load(open(g)).get("projects") or []:
        n = p["name"] if isinstance(p, dict) else p
        if n.endswith("项目"):
            base = n[:-2]
            rows[list(jieba.cut(base))[-1]].append(("keep", g.split("/")[-2], n))
        else:
            for m in re.finditer(re.escape(n) + "项目", text):
                single = text[m.start() - 1:m.start()] not in "、和及"
                rows[list(jieba.cut(n))[-1]].append(("drop" if single else "drop-list", g.split("/")[-2], n))
                break
for w, r in sorted(rows.items(), key=lambda x: -len(x[1])):
    print(w, collections.Counter(x[0] for x in r), [f"{x[0]}:{x[1]}:{x[2]}" for x in r][:8])
