"""Round 22 (projFA): shapes E and D in a cross_explain.py table (round 21b's script, called on the base's builds).

usage: python cross_shapes.py CROSS.tsv   (prints the rows of each shape, then misses / inventions per set)
E1: a name that is an item of a 、 list (or its only item) closed by 等N个…项目 / 等一批…项目 in its clause;
E2: a name after an amount of its own (…亿元的NAME) in a list of such items;
D:  a route A至B whose clause shares a road head with other routes (A至B、C至D…公路/高等级公路/公路工程).
"""
import collections
import re
import sys

END = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十百两]+)个[^，,。；;：:、]{0,16}?项目|等一批[^，,。；;：:、]{0,20}?项目")
ROUTES = re.compile(r"[\u4e00-\u9fffA-Z0-9]{2,12}至[\u4e00-\u9fff]{1,8}、[\u4e00-\u9fffA-Z0-9、至]{2,80}?(?:公路|高速|铁路)")


def clause(window, name):
    for probe in (name, name.replace("“", "").replace("”", ""), name[:4]):
        at = window.find(probe)
        if at >= 0:
            a = max(window.rfind(c, 0, at) for c in "，,。；;：:") + 1
            b = min([x for x in (window.find(c, at) for c in "，,。；;") if x >= 0] or [len(window)])
            return window[a:b], at - a
    return "", -1


rows = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, mi, name, _, window = line.rstrip("\n").split("\t")
    c, at = clause(window, name)
    if not c:
        continue
    if re.search(r"[0-9.]+\s*(?:万|亿)(?:美)?元的\s*$", c[:at]) and ("、" in c or "等" in c):
        rows["E2"].append((s, mi, name, c))
    elif END.search(c, at) and ("、" in c[:END.search(c, at).start()] or c.find("等", at) == at + len(name)):
        rows["E1"].append((s, mi, name, c))
    elif "至" in name and ROUTES.search(c):
        rows["D"].append((s, mi, name, c))
for shape in ("E1", "E2", "D"):
    print("==", shape)
    per = collections.Counter()
    for s, mi, name, c in rows[shape]:
        per[(s, mi)] += 1
        print(s, mi, name, "|", c[:110])
    sets = sorted({s for s, _ in per}, key=lambda x: int(x[3:] or 0))
    print(shape, "sets:", ", ".join(f"{s} {per[(s, 'm')]}/{per[(s, 'i')]}" for s in sets),
          "| total", sum(v for (s, k), v in per.items() if k == "m"), "/", sum(v for (s, k), v in per.items() if k == "i"))
