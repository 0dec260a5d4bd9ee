"""Round 24 (projJA): a meeting convened (召开X会, X会在Y召开/举行) on a dump.py file, with the projects found in the sentence.

usage: python scan_convened.py DUMP.jsonl
"""
import json
import re
import sys

MEET = re.compile(r"(?:召开|举行|召开了)(?P<x>[^，,；;。：:、等和及与的]{2,30}?会)(?![议长员谈])|"
                  r"(?P<y>[^，,；;。：:、等和及与的]{2,30}?会)(?:在[^，,；;。]{1,8}?)(?:隆重|成功|顺利)?(?:召开|举行|举办)")
NOT = re.compile(r"代表大会|全会|常委会|政协|党代会|工作会议|座谈会|二十大|十九大|十八大|十七大|十六大")

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in MEET.finditer(d["t"]):
        x = m.group("x") or m.group("y")
        if NOT.search(x):
            continue
        hit = [p for p in d["p"] if p in x or x in p]
        print(f"{d['r']}\t{'FOUND:' + '|'.join(hit) if hit else '-'}\t{x}\t{d['t'][max(0, m.start() - 20):m.end() + 10]}")
        reps.add(d["r"])
        n += 1
print(f"{n} meetings in {len(reps)} reports", file=sys.stderr)
