"""Round 23b (projIA): count, on the 200, runs of bare names (round 23's `runs` item test, imported) whose shared tail is a
water/power kind + 工程/设施 (A、B[等一批重点]防洪治理工程) rather than round 23's facility + works.

usage: PYTHONPATH=$PWD python scan_kind_tail.py DUMP.jsonl
"""
import json
import re
import sys

from kg.extract.entities import round23_lists as r23

KIND = r"(?:城镇|县城|城市|城区)?(?:污水处理设施|污水处理工程|防洪治理工程|防洪工程|防洪堤|堤防工程|水源工程|引水工程|供水工程|灌溉工程|输变电工程)"
r23.SHARED = re.compile(rf"(?P<et>等(?:一批)?(?:重点)?)?(?P<tail>{KIND})(?P<proj>项目)?")
reps = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for start, end, named in r23.runs(d["t"]):
        reps.setdefault(d["r"], []).append((d["t"][start:end], [n for _, n in named], [p for p in d["p"] if p in d["t"][max(0, start - 5):end + 5] or any(p.startswith(n[:2]) for _, n in named)]))
for r, v in reps.items():
    for x in v:
        print(r, *x, sep="\t")
print(len(reps), "reports")
