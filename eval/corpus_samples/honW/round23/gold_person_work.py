"""Round 23 honGA: persons' medals and works' prizes in the gold texts (…运动员X获金牌, 《作品》获…奖) and what the golds list.

usage: python eval/corpus_samples/honW/round23/gold_person_work.py   (from the worktree root)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gold_common import gold_files  # noqa: E402

for g, t in gold_files():
    txt = open(t, encoding="utf-8").read()
    hs = json.load(open(g)).get("honors", [])
    for m in re.finditer(r"《([^》]{2,20})》[^。；，]{0,12}?(?:荣获|获得|获评|获|入选|被评为|列为)([^。；，]{2,30})", txt):
        rel = [h for h in hs if m.group(1) in (h.get("recipient") or "")]
        print("work", g.split("/")[-2], os.path.basename(t)[:14], m.group(0)[:60], "| gold:", rel, sep="\t")
    for m in re.finditer(r"[^。；，]{0,20}(?:运动员|演员|选手|教师|专家|健儿)[^。；，]{0,20}(?:金牌|银牌|铜牌|冠军|奖)[^。；，]{0,10}", txt):
        rel = [h for h in hs if any(w in (h.get("recipient") or "") for w in ("运动员", "演员", "选手", "专家"))]
        print("person", g.split("/")[-2], os.path.basename(t)[:14], m.group(0)[:60], "| gold:", rel, sep="\t")
