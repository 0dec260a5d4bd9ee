"""Round 17b (projR) fix 2: sentences with 纳入/列入/入选/入围/进入 … 重点/重大 … 项目 (a priority list of works) on a dump.py
file, and the honours whose title is such a list on an hdump.py file of the same reports.

usage: python scan_keylists.py DUMP.jsonl [HDUMP.jsonl]
DUMP from ../../entN/round15/dump.py SEED N OUT project; HDUMP from ../../honW/hdump.py SEED N OUT.
"""
import json
import re
import sys

FRAME = re.compile(r"(纳入|列入|入选|入围|进入)[^，。；]{0,14}(重点|重大)[^，。；]{0,10}项目")
TITLE = re.compile(r"(?:重点|重大)[^，。；]{0,8}项目(?:名单|库|清单|计划)?$")

reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for c in re.split(r"[。；;]", d["t"]):
        if FRAME.search(c):
            reps.add(d["r"])
            print("frame |", d["r"], "|", c[:160], "| projects:", [p for p in d["p"] if p in c])
print(f"frame in {len(reps)} reports")
if len(sys.argv) > 2:
    hreps = set()
    for line in open(sys.argv[2], encoding="utf-8"):
        d = json.loads(line)
        for h, r in d["h"]:
            if TITLE.search(h):
                hreps.add(d["r"])
                print("honour |", d["r"], "|", h, "<-", r)
    print(f"honours titled with a priority list in {len(hreps)} reports")
