"""Round 21b (projEA): runs of bare items sharing a facility head AND a works word after it (靖州、辰溪污水处理厂提标扩建,
龙凤山、友谊、香磨山、倭肯河等大型灌区节水改造, 临泽蓼泉、民乐酥油口中型灌区现代化改造), with what the extractor found there.

usage: PYTHONPATH=$PWD python scan_head_works.py DUMP.jsonl   (a dump of entN/round15/dump.py with KIND=project)
Prints each hit (report, sentence, the run, the project names found in the sentence) and the count of reports.
Items must be bare (round 18's `_bare_item`; the first: its longest bare tail). A hit is "wrong" when some item is not found as item+head+works.
"""
from __future__ import annotations

import json
import re
import sys

from kg.extract.entities.round18_projects import COUNT, FACILITY, QUAL, _bare_item

WORKS = (r"(?:景观|绿化|亮化|环境|综合|生态|水环境|提档|提质|节水|续建配套与节水|续建配套|现代化|主变|路面|提标|扩容)?"
         r"(?:改扩建|改造提升|提升改造|改造|提升|整治|改建|扩建|修复|治理|修缮|升级|除险加固|加固|扩容|迁建|异地新建|增容)")
ITEM = r"[\u4e00-\u9fff]{2,6}"
RUN = re.compile(rf"(?P<items>{ITEM}(?:[、和]{ITEM})+)(?P<gap>等?(?:{COUNT})?(?:{QUAL}){{0,2}})(?P<head>{FACILITY}|灌区|航道)"
                 rf"(?P<works>{WORKS})(?!行动|工作|任务|活动|计划|方案|机制|体系|水平|能力)")


def main() -> None:
    reps, wrong = set(), set()
    n = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in RUN.finditer(d["t"]):
            items = re.split("[、和]", m.group("items"))
            if not all(_bare_item(i, False) for i in items[1:]):
                continue  # 南郊净水厂、西山水厂扩建: items with heads of their own (round 18c's or round 21's case)
            first = [items[0][k:] for k in range(len(items[0]) - 1) if _bare_item(items[0][k:], False)]
            if not first:
                continue
            items[0] = first[0]
            full = [i + m.group("head") + m.group("works") for i in items[1:]]
            ok = all(f in d["p"] for f in full)
            n += 1
            reps.add(d["r"])
            if not ok:
                wrong.add(d["r"])
            print("ok " if ok else "BAD", d["r"], d["i"], m.group(), "|", d["p"])
    print(f"{n} runs in {len(reps)} reports; not all completed with head+works in {len(wrong)} reports")


if __name__ == "__main__":
    main()
