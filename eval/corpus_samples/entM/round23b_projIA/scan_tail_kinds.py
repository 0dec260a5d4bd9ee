"""Round 23b (projIA): loose scan of 、 lists of bare names whose last item is followed by a shared tail, by the tail's last word.

usage: python scan_tail_kinds.py DUMP.jsonl   (dump.py's output: every sentence of the 200)
Prints, for each tail form, the reports holding it and an example. Items are read with round 23's `_bare` test.
"""
import json
import re
import sys
from collections import defaultdict

sys.path.insert(0, ".")
from kg.extract.entities.round23_lists import _bare  # noqa: E402

TAIL = re.compile(r"((?:[\u4e00-\u9fff0-9]{1,5}、)+)(?:[\u4e00-\u9fff0-9]{1,5}[和及])?([\u4e00-\u9fff0-9]{1,5}?)(等(?:一批)?(?:重点)?)?"
                  r"([\u4e00-\u9fff]{2,8}?)(工程|设施|项目)")
by = defaultdict(set)
ex = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in TAIL.finditer(d["t"]):
        items = [x for x in re.split(r"[、和及]", m.group(1) + m.group(2)) if x]
        if len(items) < 2 or not all(_bare(x, False) for x in items[-2:]):
            continue
        key = m.group(4) + m.group(5)
        by[key].add(d["r"])
        ex.setdefault(key, m.group(0))
for k in sorted(by, key=lambda k: -len(by[k])):
    print(len(by[k]), k, ex[k], sep="\t")
