"""Round 23b (projIA): scan the 200 for clause-initial lists of route names (the subject) closed by a completion predicate.

usage: python scan_subject_routes.py DUMP.jsonl
Shape: [clause start] A路、B大道[和C高速] + 完成改造 / 建成通车 / 开工建设 …; prints each hit with the project names the dump
found in that sentence, then the number of reports.
"""
import json
import re
import sys

ROUTE = r"[\u4e00-\u9fff0-9A-Za-z]{1,12}?(?:路|大道|大街|街|高速公路|高速|高铁|铁路|快速路|高架|大桥|桥|隧道|线|通道)"
PRED = r"(?:全面|全线|相继|先后|均|已|加快|顺利)?(?:完成改造|完成提升改造|改造完成|建成通车|竣工通车|开工建设|建成|通车|完工|竣工|开工|贯通|加快建设)"
SHAPE = re.compile(rf"(?:^|[，,；;。：:])((?:{ROUTE}、)+(?:{ROUTE}[和及与])?{ROUTE}){PRED}")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in SHAPE.finditer(d["t"]):
        reps.add(d["r"])
        print(d["r"], m.group(1), m.group(0)[len(m.group(1)):][:12], "|", [p for p in d["p"] if p in m.group(0)], sep="\t")
print(len(reps), "reports")
