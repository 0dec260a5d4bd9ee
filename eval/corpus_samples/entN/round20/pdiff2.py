"""Round 20 (progBA): round 15's pdiff.py for dump2.py files, programs (P) and projects (J) both.

usage: python pdiff2.py BEFORE AFTER   (each changed sentence, - lost / + new with its kind, then counts)
"""
import json
import sys


def load(p):
    out = {}
    for line in open(p, encoding="utf-8"):
        d = json.loads(line)
        out[(d["r"], d["i"])] = (d["t"], [("P", x) for x in d["p"]] + [("J", x) for x in d["j"]])
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
n, reps = 0, set()
for k in sorted(set(a) | set(b)):
    t, x = a.get(k, ("", []))
    t2, y = b.get(k, ("", []))
    rem = [p for p in x if p not in y]
    add = [p for p in y if p not in x]
    if rem or add:
        reps.add(k[0])
        print(k[0], k[1], "|", (t or t2)[:220])
        for kind, p in rem:
            print("   -", kind, p)
            n += 1
        for kind, p in add:
            print("   +", kind, p)
            n += 1
print(n, "changed lines in", len(reps), "reports")
