"""Round 21b (projEA): 、 lists of named buildings or institutions sharing the last item's works word (清水一中、秦州建二小学南校区
改造提升工程 (dev13), 五中、十四中、聋哑学校、张家湾小学迁建 (dev21), 市文化中心、市非遗馆改扩建 (dev22), 张掖三中、民乐一中分校、
市特殊教育学校异地新建 (dev24)), and what the extractor found there.

usage: PYTHONPATH=$PWD python scan_building_works.py DUMP.jsonl   (a dump of entN/round15/dump.py with KIND=project)
A run is "wrong" when some item is not found as item + works (the official gold completes a coordination from its shared
part: 九家湾水库除险加固; round 18c's rule does it for parks, rivers and roads, not for buildings).
"""
from __future__ import annotations

import json
import re
import sys

BUILDING = re.compile(r"(?:(?<=[一二三四五六七八九十])中|中学|小学|学校|分校|高中|幼儿园|医院|院区|卫生院|图书馆|博物馆|文化馆|美术馆|"
                      r"科技馆|纪念馆|档案馆|体育馆|展览馆|规划馆|非遗馆|馆|中心|体育场|剧院|大剧院|大楼|楼)$")
WORKS = re.compile(r"(?:景观|综合|提档|提质|品质|升级|改造|提升|整治|修缮|提标|标准化)?"
                   r"(?:改扩建|改造提升|提升改造|改造|提升|整治|改建|扩建|修缮|升级|加固|扩容|迁建|异地新建|易地新建)(?:工程)?")
NOT_AFTER = re.compile(r"行动|工作|任务|活动|计划|方案|年|机制|体系|水平|能力|力度|质量|效果|效率|成效|服务")
ITEM = re.compile(r"[\u4e00-\u9fff0-9]{2,14}")


def runs(t: str):
    for m in WORKS.finditer(t):
        if NOT_AFTER.match(t, m.end()):
            continue
        items, end = [], m.start()
        while True:
            a = max(t.rfind(c, 0, end) for c in "、，,。；;：:")
            item = t[a + 1:end]
            if not BUILDING.search(item) or BUILDING.search(item).start() < 1:
                break
            items.append(item if ITEM.fullmatch(item) else item[-8:])
            if a < 0 or t[a] != "、":
                break
            end = a
        if len(items) >= 2:
            yield list(reversed(items)), m.group()


def main() -> None:
    reps, wrong, n = set(), set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for items, works in runs(d["t"]):
            n += 1
            reps.add(d["r"])
            w = works[:-2] if works.endswith("工程") else works
            bad = [i for i in items if not any(p.endswith(w) or p.endswith(w + "工程") for p in d["p"]
                                               if len(p.rsplit(w, 1)[0]) >= 2 and i.endswith(p.rsplit(w, 1)[0]))]
            if bad:
                wrong.add(d["r"])
            print("BAD" if bad else "ok ", d["r"], d["i"], "、".join(items), works, "|", d["p"])
    print(f"{n} runs in {len(reps)} reports; an item not completed with the works in {len(wrong)} reports")


if __name__ == "__main__":
    main()
