"""Round 20b (progCB): count the shapes of dev22 programs cause 3 on a dump (round15/dump.py SEED N OUT).

usage: python scan.py DUMP.jsonl [SHAPE]  — per shape: reports with a mention, reports with a mention not covered by a found
program (a found program name containing the mention's core), and examples.
"""
import json
import re
import sys

SHAPES = {
    # 社会主义新农村建设 / 新农村建设 as the programme (not a qualifier: 新农村建设示范村, 新农村建设试点)
    "newcountryside": (re.compile(r"(?:社会主义)?新农村建设(?![示试重规工的领步扎成取有投])"), lambda m: "新农村建设"),
    # 污染防治攻坚 without 战 (the campaign 污染防治攻坚战 named bare)
    "attack": (re.compile(r"污染防治攻坚(?!战)"), lambda m: "污染防治攻坚"),
    # a plan carried out: 实施/组织实施/认真实施/推进/落实 …规划 (not 编制, 修编)
    "plan_carried": (re.compile(r"(?:组织实施|认真实施|贯彻实施|实施|推进|落实)(?:好)?(?P<n>[“”\w]{2,20}?规划(?:纲要)?)(?![编修])"),
                     lambda m: m.group("n").replace("“", "").replace("”", "")),
    # quoted headless names with a verb of carrying out
    "quoted_headless": (re.compile(r"(?:实施|推进|开展|完成|推行|深化)[^，。；“]{0,10}“(?P<n>[^“”]{2,12})”(?:[，。；]|$)"), lambda m: m.group("n")),
    # X机制 after 完善/健全/优化/建立
    "mechanism": (re.compile(r"(?:完善|健全|优化|建立|建立健全)(?P<n>[\w]{4,16}机制)"), lambda m: m.group("n")),
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
        for r, c, t, p in ex[: (200 if only else 15)]:
            print("  ", r, "|", c, "|", t, "|", p)


if __name__ == "__main__":
    main()
