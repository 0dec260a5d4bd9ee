"""Round 23b (projIA): the shared tail cut to its head. Scan a dump.py file (every sentence of the 200) for 、 lists whose last
item carries works written once before 工程/项目 (寇河、中固河、王河防洪治理工程), and sort what the dump found for the
earlier items: cut (item + 工程 only: 寇河工程), whole (item + works + 工程), bare (the item alone) or none.

usage: python scan_cut_works.py DUMP.jsonl [--all]
"""
import json
import re
import sys
from collections import Counter

WORKS = (r"(?:防洪治理|综合治理|综合整治|环境整治|提升改造|改造提升|升级改造|提质改造|改扩建|扩建|改建|改造|整治|治理|贯通|"
         r"修复|提升|迁建|新建|续建|建设)")
ITEM = r"[\u4e00-\u9fff0-9A-Za-z]{2,8}"
RUN = re.compile(rf"((?:{ITEM}、)+)({ITEM}?)({WORKS})(工程|项目)")
counts, reps = Counter(), {}
show_all = "--all" in sys.argv
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in RUN.finditer(d["t"]):
        items = [x for x in m.group(1).split("、") if x]
        works, head = m.group(3), m.group(4)
        found = set(d["p"])
        for it in items[-2:]:  # the two items nearest the tail (the first may carry the clause's verb)
            if it + works + head in found or it + works in found:
                v = "whole"
            elif it + head in found:
                v = "cut"
            elif it in found:
                v = "bare"
            else:
                v = "none"
            counts[v] += 1
            if v == "cut" or show_all:
                reps.setdefault(d["r"], []).append((v, it, m.group(0)))
for r, v in reps.items():
    for x in v:
        print(r, *x, sep="\t")
print(counts, len({r for r, v in reps.items() if any(x[0] == "cut" for x in v)}), "reports with a cut item")
