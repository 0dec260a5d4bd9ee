"""Round 22 (projFB): count shape G2 on a dump of N reports: a meeting held in the reporting place
(全省绿色矿山建设现场会在鞍召开, 全国造林绿化现场会在长治召开), with the dumped run's projects of that sentence.

usage: python scan_meetings.py DUMP.jsonl > OUT.txt
"""
import json
import re
import sys

G2 = re.compile(r"[^，。；：]{2,30}(?:现场会|推进会|观摩会)[^，。；]{0,4}在[^，。；]{1,10}(?:召开|举行)")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in G2.finditer(d["t"]):
        reps.add(d["r"])
        print(f"{d['r']}\t{m.group(0)}\t{d['p'][:4]}")
print(f"# meetings held in the place in {len(reps)} reports")
