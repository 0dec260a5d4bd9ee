"""Round 21b (progEB): programs of a dump.py file that name the PPP mode of funding (PPP模式, 政府和社会资本合作模式 …).

usage: python scan_ppp.py DUMP.jsonl   (finds / reports, then each name with its reports)
"""
import collections
import json
import re
import sys

RX = re.compile(r"PPP[^，。]{0,6}模式|社会资本合作[^，。]{0,6}模式")
reps = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if RX.search(p):
            reps[p].add(d["r"])
print(sum(len(v) for v in reps.values()), "finds in", len(set().union(*reps.values())), "reports")
for k, v in sorted(reps.items(), key=lambda kv: -len(kv[1])):
    print(k, len(v), " ".join(sorted(v)), sep="\t")
