"""Round 23 honGA: gold recipients that are villages or forest farms (…村, 社区, 林场) and the text right before them.

usage: python eval/corpus_samples/honW/round23/gold_village_prefix.py   (from the worktree root)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gold_common import gold_files  # noqa: E402

for g, t in gold_files():
    txt = open(t, encoding="utf-8").read()
    for h in json.load(open(g)).get("honors", []):
        r = h.get("recipient") or ""
        if re.search(r"(村|社区|林场|农场|嘎查|牧场)$", r):
            i = txt.find(r)
            print(g.split("/")[-2], os.path.basename(t)[:14], r, "before: " + (txt[max(0, i - 6):i] if i >= 0 else "?"), sep="\t")
