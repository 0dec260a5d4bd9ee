"""Round 24 orgHA: count, on a round 15 dump.py file (every sentence, organizations found), the named bodies right before a
state-company reform word (X改制, X公司制改制, X战略重组, X破产, X国有股权, X整体上划…) that no organization find covers.

usage: PYTHONPATH=REPO python scan_reform.py DUMP.jsonl > scan.txt   (prints each case, then reports / cases counts)
The name is cut after the clause's lead verbs by round 22's _first_start, as round 23 did.
"""
import json
import re
import sys

from kg.extract.entities.round22_orgs import _first_start

HEAD = r"(?:公司|集团|厂|饭店|酒店|宾馆|银行|控股|股份|联社)"
FRAME = re.compile(r"([\u4e00-\u9fff]{1,18}?" + HEAD + r")(?:的)?((?:实施|实现|完成|进行)?(?:战略性?|资产|股份制|公司制|混合所有制|整体|破产)?"
                   r"(?:重组|改制|破产|混改|上划|划转|国有股权|股权多元化|股份制改造))")
reports, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in FRAME.finditer(t):
        s = _first_start(t, m.start(1), m.end(1))
        name = t[s:m.end(1)]
        covered = any(name.endswith(o) or o.endswith(name) or o in name for o in d["p"] if len(o) >= 3)
        if covered:
            continue
        n += 1
        reports.add(d["r"])
        print(f"{d['r']}\t{name}\t{t[max(0, m.start() - 20):m.end() + 6]}")
print(f"{len(reports)} reports, {n} cases", file=sys.stderr)
