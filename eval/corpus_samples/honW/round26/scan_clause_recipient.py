"""Round 26 honMA: honour recipients that are no name but a clause (a time or frequency adverbial, a verb left at the end,
a grantor with 把, a figure or a condition) in an hdump file.

usage: python eval/corpus_samples/honW/round26/scan_clause_recipient.py DUMP.jsonl
Prints report, shape, recipient, title, context; then the count of reports per shape.
"""
import collections
import json
import re
import sys

SHAPES = [
    ("time-lead", re.compile(r"^(?:继.{1,10}?[后之]|自.{1,10}?以来|首次|再次|又一次|再度|历史上|近年来|今年|去年|多年来)")),
    ("time-inside", re.compile(r".(?:自.{1,10}?以来|继.{1,8}?后)")),
    ("grantor-ba", re.compile(r"[把将](?=[^、]{2,})")),
    ("verb-end", re.compile(r"(?:成为|进入|获|增|揽|荣|喜|再|又)$")),
    ("figure", re.compile(r"较|增长|[0-9.]+倍|有[0-9一二三四五六七八九十两]+[名位个]|[超近逾][一二三四五六七八九十两]+分之|必须|参评|资格")),
    ("conj-end", re.compile(r"[和及与]$")),
]
by = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for h, r in d["h"]:
        for name, pat in SHAPES:
            if r and pat.search(r):
                by[name].add(d["r"])
                i = d["t"].find(r[:3])
                print(f"{d['r']}\t{name}\t{r}\t{h}\t{d['t'][max(0, i - 10):i + len(r) + len(h) + 10]}")
                break
print("\t".join(f"{k} {len(v)}" for k, v in by.items()), "| reports:", len(set().union(*by.values())))
