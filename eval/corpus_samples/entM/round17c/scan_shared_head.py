"""Round 17c (projS): `XX、YY高速/铁路/高铁…` — short road or rail names sharing the last item's head — on a dump of
../../entN/round15/dump.py (KIND=project): in how many reports some item does not come out with the shared head.
usage: scan_shared_head.py DUMP.jsonl   (prints each such run, then counts)"""
import collections
import json
import re
import sys

RUN = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+)([\u4e00-\u9fff]{2,3})(高速公路|高速铁路|高速|高铁|城际铁路|铁路)")
reps, n = collections.Counter(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in RUN.finditer(d["t"]):
        items = [x for x in m.group(1).split("、") if x] + [m.group(2)]
        head = m.group(3)
        items[0] = re.sub(r"^.*(?:推进|建设|加快|实施|支持|配合|开工|建成|完成|做好|争取)", "", items[0])
        if not items[0] or any(len(x) < 2 for x in items):
            continue
        got = [any(f.startswith(x + head) or f == x + head for f in d["p"]) for x in items]
        if not all(got):
            n += 1
            reps[d["r"]] += 1
            print(d["r"], "|", m.group(0), "|", d["p"][:8])
print(f"{n} runs with an item not found, in {len(reps)} reports")
