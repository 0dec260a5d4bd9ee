"""Round 19d orgAC: a company as the subject of 投资N亿元 or of 上市 (cause 3 of dev20's README), unfound, on a dump.

usage: python eval/corpus_samples/orgL/round19d/scan_invest_list.py DUMP.jsonl
Prints each clause-initial span before 投资N亿元 / (主板|创业板|科创板|成功)?上市 that no find overlaps, and the report count.
"""
from __future__ import annotations

import json
import re
import sys

RX = re.compile(r"(?:^|[，。；：、（])(?:力争|推动|支持|推进|促成|实现)?([\u4e00-\u9fff]{2,14}?)"
                r"(?:(?:计划|拟|追加)?投资[0-9.]+亿元|(?:在?(?:主板|创业板|科创板|中小板|新三板|港交所|深交所|上交所|北交所|境外)"
                r"|成功)(?:上市|挂牌))")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in RX.finditer(d["t"]):
        x = m.group(1)
        if any(x in p or p in x for p in d["p"]):
            continue
        reps.add(d["r"])
        print(f"{d['r']}\t{x}\t{d['t'][max(0, m.start() - 10):m.end() + 10]}")
print(f"# reports: {len(reps)}")
