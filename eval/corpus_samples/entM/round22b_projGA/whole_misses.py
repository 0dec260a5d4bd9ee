"""Round 22b (projGA): the project WHOLE misses of a cross_explain.py table (no invention of the same file overlaps them).

usage: python whole_misses.py CROSS.tsv [single]   (single: only rows whose window holds no 、/和/及/等)
A miss is a boundary miss when an invention of the same set and file shares 3 characters in a row with it.
"""
import sys
from collections import defaultdict


def overlap(a: str, b: str) -> bool:
    return any(a[i:i + 3] in b for i in range(len(a) - 2)) or a in b or b in a


rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
inv = defaultdict(list)
for r in rows:
    if r[2] == "i":
        inv[(r[0], r[1])].append(r[3])
n = 0
for r in rows:
    if r[2] != "m" or any(overlap(r[3], x) for x in inv[(r[0], r[1])]):
        continue
    if len(sys.argv) > 2 and r[4] == "L":
        continue
    n += 1
    w = r[5]
    at = w.find(r[3][:4])
    print(f"{r[0]}\t{r[1]}\t{r[3]}\t{r[4]}\t{w[max(0, at - 30):at + len(r[3]) + 30] if at >= 0 else w[:80]}")
print(n, "whole misses", file=sys.stderr)
