"""Round 22 (projFB): count shape G on a dump of N reports: a list of events governed by a verb that is no host verb of the
lexicon (组织, 打造, 开展, 策划, 推出) and closed by 等 + a kind of events (招商活动, 品牌, 展会, 节会, 赛事), with the
items the dumped run does not have as projects.

usage: python scan_event_lists.py DUMP.jsonl > OUT.txt
"""
import json
import re
import sys

VERB = r"(?:精心|积极|认真|成功|高标准|高水平)?(?:组织(?:好|开展)?|打造|开展|策划(?:举办)?|推出)(?!参加|参与|企业|赴)"
LIST = re.compile(VERB + r"(?P<list>(?:[^，。；：、等]{2,24}、)+[^，。；：、等]{2,24})等[^，。；]{0,10}?"
                  r"(?:活动|品牌|展会|节会|会展|赛事|节庆)")
EVENT = re.compile(r"(?:会|节|周|季|展|赛|汇|行|论坛|峰会|大会|联赛|嘉年华|马拉松|月)[”]?$")
reps, miss_reps = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in LIST.finditer(d["t"]):
        items = [i.strip("“”") for i in m.group("list").split("、")]
        ev = [i for i in items if EVENT.search(i)]
        if len(ev) < 2:
            continue
        miss = [i for i in ev if i not in d["p"]]
        reps.add(d["r"])
        if miss:
            miss_reps.add(d["r"])
        print(f"{d['r']}\t{'MISS ' + '|'.join(miss) if miss else 'ok'}\t{m.group(0)[:120]}")
print(f"# lists in {len(reps)} reports; an event item not found in {len(miss_reps)} reports")
