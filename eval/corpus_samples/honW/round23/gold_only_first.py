"""Round 23 honGA: a scope + 唯一/首个 written before a title (成为全国唯一X, 入选全省唯一X): what the gold files list.

usage: python eval/corpus_samples/honW/round23/gold_only_first.py   (from the worktree root)
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
    for m in re.finditer(r"([^，。；]{0,12})(全国|全省|全市|全区|全球|世界|全州|全疆|西北|东北|中西部|西部)(?:唯一|首个|首家|第一个|第一家)"
                         r"(?:的|一个|一家)?([^，。；、]{2,30})", txt):
        rel = [h["honor"] for h in hs if h["honor"][-4:] in m.group(3) or m.group(3)[:4] in h["honor"]]
        print(g.split("/")[-2], os.path.basename(t)[:14], m.group(0)[:50], "| gold:", rel, sep="\t")
