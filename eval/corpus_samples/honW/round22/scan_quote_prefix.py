"""Round 22 honFA: words kept before a quoted title (央视“国家品牌计划”, 全国综治最高奖“长安杯”, 全球唯一新能源汽车“灯塔工厂”).

usage: python eval/corpus_samples/honW/round22/scan_quote_prefix.py HON_DUMP.jsonl
HON_DUMP: ../hdump.py output. For each honour found whose title ends with a quoted name written in the text as PREFIX“NAME”(称号|奖)?,
prints the prefix kept before the quote; then the counts by prefix.
"""
import collections
import json
import re
import sys

by = collections.Counter()
reports = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for h, r in d["h"]:
        for m in re.finditer(r"“([^“”]{2,40})”", t):
            q = m.group(1)
            if h.endswith(q) and len(h) > len(q):
                pre = h[:-len(q)]
                if t[max(0, m.start() - len(pre)):m.start()] == pre:
                    by[pre] += 1
                    reports[pre].add(d["r"])
                    print(f"{d['r']}\t{pre}\t{q}\t{r}\t{t[max(0, m.start() - 30):m.end() + 6]}")
                break
print("== prefixes kept before a quoted title (lines, reports)")
for pre, n in by.most_common():
    print(f"{pre}\t{n}\t{len(reports[pre])}")
