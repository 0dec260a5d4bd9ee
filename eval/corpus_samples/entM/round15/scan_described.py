"""Round 15 (projZ): lists closed by 等 and a description with 的 before 项目/工程 (…等总投资80亿元的45个项目, …等一批引导
支撑城市发展的重大交通项目) on the 200 reports (seed 1501) of run_sample.py's dump: which items come out.
usage: scan_described.py DUMP.json"""
import json
import re
import sys

d = json.load(open(sys.argv[1]))
RX = re.compile(r"((?:[^，,。；;：:、等（）()]{2,16}、)+[^，,。；;：:、等（）()]{2,16})等(?:一批|[0-9]+个)?[^，,。；;：:、]{0,20}?的[^，,。；;：:、]{0,8}?(?:项目|工程)")
per, rows = set(), []
for it in d["items"]:
    for m in RX.finditer(it["text"]):
        items = [x for x in re.split(r"、|和|及", m.group(1)) if x]
        res = "".join("P" if any(f[0] == "project" and (f[1] in x or x in f[1]) for f in it["found"]) else
                      "O" if any(f[0] == "organization" and (f[1] in x or x in f[1]) for f in it["found"]) else "-" for x in items)
        per.add(it["report"])
        rows.append((res, m.group(0)[:100], it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1]))
print(len(rows), "lists in", len(per), "of 200 reports;", sum(r[0].count("-") for r in rows), "items unread of", sum(len(r[0]) for r in rows))
for r in rows:
    print(*r, sep="\t")
