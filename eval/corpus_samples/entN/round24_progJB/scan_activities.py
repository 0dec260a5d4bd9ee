"""Round 24 (progJB): on a dump.py file (round15/dump.py SEED N OUT), the program finds that are a quoted campaign name + a
descriptor + 活动 (“盛夏美好生活消费季”系列活动, “优质服务基层行”创建活动, “游铜仁·促消费·惠民生”十项活动) or a quoted
name with 、 + 活动 (“优化环境、优质服务”活动) — the shape of fix 1.

usage: python scan_activities.py DUMP.jsonl   (prints each find, then finds and reports)
"""
import json
import re
import sys

SHAPE = re.compile(r"“(?P<q>[^“”，。；：]{2,24})”(?P<x>[^“”，。；、：等和与及]{0,8})活动")
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if not p.endswith("活动"):
            continue
        bare = p.replace("“", "").replace("”", "")
        for m in SHAPE.finditer(d["t"]):
            if m.group("q") + m.group("x") + "活动" == bare and (m.group("x") or "、" in m.group("q")):
                n += 1
                reps.add(d["r"])
                print(d["r"].split("reports/")[-1], "|", p, "|", d["t"][max(0, m.start() - 20):m.end() + 5])
print(f"{n} finds in {len(reps)} reports")
