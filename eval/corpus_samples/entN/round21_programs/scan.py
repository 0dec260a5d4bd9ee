"""Round 21 (progDB): count the shapes of dev23 programs causes 3 and 4 on a dump (round15/dump.py SEED N OUT, KIND=program).

usage: python scan.py DUMP.jsonl [SHAPE]  — per shape: reports with a mention, reports with a mention not found as a program
(a found program name containing the mention's core), and examples. PROJ=1 in the env: the dump's "p" are projects.
"""
import json
import re
import sys

CN = r"[\u4e00-\u9fff]"
SHAPES = {
    # a counted programme: 实施1000万亩封山育林工程 → 封山育林工程
    "counted": (re.compile(r"(?:实施|推进|开展|启动|完成|抓好|继续)[^，。；]{0,4}?[0-9.０-９一二三四五六七八九十百千]+(?:万|千|百)?"
                           r"(?:亩|公里|户|个|所|座|处|套|人|名|家)(?P<n>" + CN + r"{2,10}(?:工程|行动|计划))"),
                lambda m: m.group("n")),
    # items of a list closed by 等项目 whose head is a welfare programme's (计划, 救助, 保险, 工程, 行动, 补贴)
    "list_items": (re.compile(r"(?P<n>[“”\w]{2,14}(?:计划|救助|保险|工程|行动|补贴|补助|保障))(?=[、，和及][^，。；]{0,40}?等(?:项目|民生项目|惠民项目))"),
                   lambda m: m.group("n").replace("“", "").replace("”", "")),
    # a reform pilot named: X综合改革试点 / X改革试点
    "reform_pilot": (re.compile(r"(?P<n>" + CN + r"{2,12}改革试点)"), lambda m: m.group("n")),
    # a plan or scheme promulgated: X规划颁布实施 / 印发实施 / 出台实施
    "plan_issued": (re.compile(r"(?P<n>[“”\w]{2,20}(?:规划|纲要|方案|计划))(?:正式)?(?:颁布|印发|出台)实施"),
                    lambda m: m.group("n").replace("“", "").replace("”", "")),
    # a round of a campaign: 新一轮X综合整治 / X整治行动
    "new_round": (re.compile(r"新一轮(?P<n>" + CN + r"{2,14}?(?:综合整治|整治|改革|行动|工程|计划))"), lambda m: m.group("n")),
    # a dual-prevention system and the like: X双重预防体系 / 双重预防机制
    "dual_prevention": (re.compile(r"(?P<n>双重预防(?:体系|机制|控制体系|工作机制))"), lambda m: m.group("n")),
}


def main() -> None:
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for name, (rx, core) in SHAPES.items():
        if only and name != only:
            continue
        rep, miss, ex = set(), set(), []
        for line in open(sys.argv[1], encoding="utf-8"):
            d = json.loads(line)
            for m in rx.finditer(d["t"]):
                c = core(m)
                rep.add(d["r"])
                if not any(c in p or p in c and len(p) >= len(c) - 2 for p in d["p"]):
                    miss.add(d["r"])
                    ex.append((d["r"], c, d["t"][max(0, m.start() - 20):m.end() + 10], d["p"]))
        print(f"== {name}: {len(rep)} reports with a mention, {len(miss)} with one not found")
        for r, c, t, p in ex[: (300 if only else 15)]:
            print("  ", r, "|", c, "|", t, "|", p)


if __name__ == "__main__":
    main()
