"""Round 22b (progGA): count on a dump.py file (round 15's, 200 reports) the two shapes of this round.

usage: python scan.py DUMP.jsonl
 A  a program find that the text follows right away with a length or an area (新改建“四好农村路”260公里, 退耕还林4万亩)
 A2 of A: the name has no programme head and the amount is a length (fix 2's final shape)
 B  a counted principle or attitude read as a program (坚持“两个毫不动摇”, 做到“三个区分开来”)
Prints the finds and the number of reports with each shape.
"""
import json
import re
import sys

QTY = re.compile(r"[”’]?[0-9０-９.]+(?:多|余)?(?:万|亿)?(?:多|余)?(?:公里|千米|平方公里|平方米|米|亩|公顷)")
PRINCIPLE = re.compile(r"^[一二两三四五六七八九十]+个(?:毫不动摇|区分开来|维护|确立|意识|自信|务必|大局|不摘|绝不允许|重大原则|方面要求|判断标准)$")
LENGTH = re.compile(r"[”’]?[0-9０-９.]+(?:多|余)?(?:万|亿)?(?:多|余)?(?:公里|千米)")
HEAD = re.compile(r"(?:工程|计划|行动|改革|战略|试点|活动|攻坚战|建设|项目|规划|机制|制度|政策)$")
hits = {"A": [], "A2": [], "B": []}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        if PRINCIPLE.match(p):
            hits["B"].append((d["r"], p, t))
        for m in re.finditer(re.escape(p[:4]), t.replace("“", "").replace("”", "")):
            plain = t.replace("“", "").replace("”", "")
            end = m.start() + len(p)
            if plain[m.start():end] == p and QTY.match(plain, end):
                hits["A"].append((d["r"], p, plain[max(0, m.start() - 10):end + 10]))
                if LENGTH.match(plain, end) and not HEAD.search(p):
                    hits["A2"].append((d["r"], p, plain[max(0, m.start() - 10):end + 10]))
                break
for k, v in hits.items():
    print(f"== {k}: {len(v)} finds in {len({r for r, _, _ in v})} reports")
    for r, p, c in v:
        print(f"{r}\t{p}\t{c[:80]}")
