"""Round 20b projCA: found project names that open with a verb (jieba POS v) — dev22's 动工建设归湖涝区整治工程, 接棒第四届省园博会.

usage: python scan_verbs.py DUMP.jsonl
"""
import json
import sys

import jieba.posseg as pseg

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
hits = []
for r in rows:
    for n in r["p"]:
        w = next(iter(pseg.cut(n)))
        if w.flag == "v" and len(w.word) >= 2:
            hits.append((r["r"], w.word, n))
print(f"names opening with a verb: {len(hits)} in {len({h[0] for h in hits})} of {len({r['r'] for r in rows})} reports")
for h in hits:
    print("   ", *h)
