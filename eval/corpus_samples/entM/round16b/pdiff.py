"""Round 15 (progY): the program lines that differ between two dump.py files, by sentence.

usage: python pdiff.py BEFORE AFTER   (prints each changed sentence, - lost / + new, then counts)
"""
import json
import sys


def load(p):
    out = {}
    for line in open(p, encoding="utf-8"):
        d = json.loads(line)
        out[(d["r"], d["i"])] = (d["t"], d["p"])
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
n = 0
reps = set()
for k in sorted(set(a) | set(b)):
    t, x = a.get(k, ("", []))
    t2, y = b.get(k, ("", []))
    rem = [p for p in x if p not in y]
    add = [p for p in y if p not in x]
    if rem or add:
        reps.add(k[0])
        print(k[0], k[1], "|", (t or t2)[:220])
        for p in rem:
            print("   -", p)
            n += 1
        for p in add:
            print("   +", p)
            n += 1
print(n, "changed lines in", len(reps), "reports")
