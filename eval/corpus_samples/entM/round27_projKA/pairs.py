"""Round 27 (projKA): the project boundary errors of a cross table — a miss and an invention of the same set and file sharing
3 characters in a row (round 22b's overlap()) — with the difference classed: extra/lost text before or after the gold name.

usage: python pairs.py CROSS.tsv > pairs.txt
"""
import sys
from collections import Counter, defaultdict


def overlap(a: str, b: str) -> bool:
    return any(a[i:i + 3] in b for i in range(len(a) - 2)) or a in b or b in a


rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
inv = defaultdict(list)
for r in rows:
    if r[2] == "i":
        inv[(r[0], r[1])].append(r[3])
kinds = Counter()
out = []
for r in rows:
    if r[2] != "m":
        continue
    for x in inv[(r[0], r[1])]:
        if not overlap(r[3], x):
            continue
        g = r[3]
        if x.startswith(g):
            k = "pred+tail:" + x[len(g):][-4:]
        elif g.startswith(x):
            k = "pred-tail:" + g[len(x):][-4:]
        elif x.endswith(g):
            k = "pred+head"
        elif g.endswith(x):
            k = "pred-head"
        else:
            k = "other"
        kinds[k.split(":")[0]] += 1
        out.append(f"{k}\t{r[0]}\t{g}\t{x}\t| {r[5][:120]}")
for line in sorted(out):
    print(line)
print(kinds, file=sys.stderr)
