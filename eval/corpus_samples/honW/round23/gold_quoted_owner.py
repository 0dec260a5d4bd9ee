"""Round 23 honGA: an owner or place + a quoted name (+ 模式/经验…) before an honour trigger, and the gold recipients.

usage: python eval/corpus_samples/honW/round23/gold_quoted_owner.py   (from the worktree root)
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
    for m in re.finditer(r"(?<=[，。；、])([一-龥]{2,12})“([^“”]{2,14})”([一-龥]{0,8}?)(?=[^，。；]{0,4}(?:入选|获评|获|被评为|列入|被列为|荣获|成为))",
                         txt):
        rel = [h.get("recipient") for h in hs if m.group(2) in (h.get("recipient") or "")
               or m.group(1)[-3:] in (h.get("recipient") or "")]
        print(g.split("/")[-2], os.path.basename(t)[:14], m.group(0), "| gold rec:", rel, sep="\t")
