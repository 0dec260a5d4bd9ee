"""Round 21b (projEA): which misses of cross_explain.py's table are list items completed from a shared tail.

usage: python cross_completions.py CROSS.tsv
A missed name N = P + T where the window writes P before 、/和/及 and T elsewhere (the shared tail). Prints set, name, P, T,
and the tail's kind: W (a works word only: 张掖三中 | 异地新建), HW (a head and a works word: 靖州 | 污水处理厂提标扩建),
H (a head only: 沈阳 | 机场), other.
"""
import csv
import re
import sys
from collections import defaultdict

WORKS = re.compile(r"(?:改扩建|改造提升|提升改造|改造|提升|整治|改建|扩建|修复|治理|修缮|升级|除险加固|加固|扩容|迁建|异地新建|增容|新建|"
                   r"搬迁|重建|建设)(?:工程|项目)?$")
HEADS = re.compile(r"(?:厂|站|场|库|区|园|馆|院|校|中|小|中心|路|街|道|桥|河|线|段|港|城|楼|机场|灌区|航道)")

sets = defaultdict(lambda: defaultdict(set))
for r in csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
    s, f, mi, name, lst, w = r
    if mi != "m":
        continue
    for k in range(len(name) - 1, 1, -1):
        p, t = name[:k], name[k:]
        if any(p + c in w for c in "、和及") and t in w and len(t) >= 2:
            if WORKS.search(t):
                kind = "HW" if HEADS.search(t[:-2]) and not WORKS.fullmatch(t) else "W"
            elif HEADS.search(t):
                kind = "H"
            else:
                kind = "other"
            sets[kind][s].add(name)
            print(s, kind, name, p, "|", t)
            break
for kind, by in sets.items():
    print(kind, len(by), "sets:", {s: len(v) for s, v in sorted(by.items())})
