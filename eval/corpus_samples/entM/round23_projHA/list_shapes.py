"""Round 23 (projHA): sort the list/coordination rows of a cross25.py table into sub-shapes by the text around the name.

usage: python list_shapes.py CROSS.tsv > OUT.txt
A row is a list row when the clause holding the name (or its first 4 characters) has 、, 和, 及, 与 or 等.  Sub-shapes
(first that matches, read by eye afterwards):
  H  shared tail: the name's clause item is followed (after 、 items) by a works/head part written once (A、B防洪治理工程)
  J  two items joined by 和/及/与 next to the name (A项目和B项目, A和B项目)
  S  station or section list: items ending 站/段/期 sharing a lead written once (X铁路A站、B站)
  Q  counted: 等N座/个/条 … (的) … 工程/项目 after the name
  E  等 list closed by 等(一批/N个)…项目/工程 (建设 X、Y、Z等项目)
  V  other 、 list
"""
import re
import sys
from collections import Counter, defaultdict

CL = re.compile(r"[，,；;。：:]")
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]


def clause(w: str, name: str) -> tuple[str, int]:
    for probe in (name, name[:4], name[-4:]):
        at = w.find(probe)
        if at >= 0:
            a = max([m.end() for m in CL.finditer(w, 0, at)] or [0])
            m = CL.search(w, at + len(probe))
            return w[a:m.start() if m else len(w)], at - a
    return "", -1


def shape(c: str, at: int, name: str) -> str:
    if at < 0 or not re.search(r"[、和及与等]", c):
        return ""
    if re.search(r"等[0-9一二三四五六七八九十两]+[座个条项处所家]", c[at:]):
        return "Q"
    if re.search(r"等(?:一批|[0-9一二三四五六七八九十]+个)?[^、]{0,14}(?:项目|工程)", c[at:]):
        return "E"
    n = len(name)
    if re.match(r"[和及与]", c[at + n:at + n + 1]) or re.search(r"[和及与]$", c[:at]) or \
            re.search(r"(?:项目|工程)[和及与]", c):
        return "J"
    if re.search(r"[站段]、[^、]{1,6}[站段]", c):
        return "S"
    if "、" in c:
        tail = c.split("、")[-1]
        if re.search(r"(?:改造|治理|整治|提升|建设|扩建|工程|项目)", tail):
            return "H"
        return "V"
    return "J" if re.search(r"[和及与]", c) else ""


by = defaultdict(list)
for r in rows:
    if len(r) < 6:
        continue
    c, at = clause(r[5], r[3])
    sh = shape(c, at, r[3])
    if sh:
        by[sh].append((r[0], r[1], r[2], r[3], c))
for sh in sorted(by):
    sets = Counter(x[0] for x in by[sh])
    mi = sum(x[2] == "m" for x in by[sh])
    print(f"== {sh}: {len(sets)} sets {dict(sets)}; misses {mi} / inventions {len(by[sh]) - mi}")
    for x in by[sh]:
        print("\t".join(x))
