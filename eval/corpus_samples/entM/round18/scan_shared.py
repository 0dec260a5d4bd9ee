"""Round 18 (projU): runs of works items sharing the last item's head (A、B[和C][NNN千伏]HEAD, no 等) on a dump.py file;
counts the earlier items that do not come out with the head, by sub-structure (route 至 items, capacity, 和, plain 、).

usage: python scan_shared.py DUMP.jsonl [show]
"""
import json
import re
import sys
from collections import Counter, defaultdict

HEAD = (r"抽水蓄能电站|抽蓄电站|水电站|光伏电站|变电站|汇集站|输变电工程|送出工程|输电工程|输电线路|电站|水库|"
        r"高速公路|城际铁路|高速铁路|高速|高铁|铁路|快速路|一级公路|二级公路|公路|机场|大桥|隧道|码头|港区|水厂|污水处理厂")
RUN = re.compile(rf"(?P<items>(?:[\u4e00-\u9fff]{{2,10}}?(?:、|和))+[\u4e00-\u9fff]{{2,10}}?)(?P<cap>[0-9]+千伏)?(?P<head>{HEAD})")
by = defaultdict(set)
examples = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], set(d["p"])
    for m in RUN.finditer(t):
        items = re.split(r"、|和", m.group("items"))
        cap, head = m.group("cap") or "", m.group("head")
        miss = []
        for x in items[1:-1] + [items[0]]:
            if not any(f.endswith(x + cap + head) or f == x + head for f in found):
                miss.append(x)
        if not miss:
            continue
        sub = "route" if any("至" in x for x in items) else "cap" if cap else "he" if "和" in m.group("items") else "plain"
        by[sub].add(d["r"])
        examples[sub].append((d["r"], m.group(0), miss, [f for f in found if head in f][:4]))
for k, v in by.items():
    print(k, len(v), "reports", len(examples[k]), "runs")
if len(sys.argv) > 2:
    for k, ex in examples.items():
        print("==", k)
        for e in ex:
            print(*e, sep=" | ")
