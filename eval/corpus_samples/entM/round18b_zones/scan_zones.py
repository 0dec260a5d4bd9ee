"""Round 18b (projW): project finds ending in a zone, district, new town, port area, scenic area or park word,
on a dump.py file (eval/corpus_samples/entN/round15/dump.py SEED N OUT project).

usage: python scan_zones.py DUMP.jsonl [verbose]   (counts per zone word: finds, reports; verbose prints them)"""
import json
import re
import sys
from collections import defaultdict

ZONE = re.compile(r"(新城|新区|城区|港区|作业区|景区|风景区|风景名胜区|旅游区|度假区|产业园区|工业园区|园区|产业园|工业园|"
                  r"科技园|物流园|小镇|片区|开发区|示范区|试验区|集聚区|合作区)$")
by = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        m = ZONE.search(p)
        if m:
            by[m.group(1)].append((d["r"], p, d["t"]))
for z, xs in sorted(by.items(), key=lambda kv: -len(kv[1])):
    print(f"{z}\t{len(xs)} finds\t{len({r for r, _, _ in xs})} reports")
    if len(sys.argv) > 2:
        for r, p, t in xs:
            i = t.find(p)
            print("   ", p, "|", r.split("/")[1], "|", t[max(0, i - 40):i + len(p) + 30])
