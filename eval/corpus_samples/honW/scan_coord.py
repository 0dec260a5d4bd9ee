"""Round 15 (honW), fix 1: honor recipients of an hdump.py file that were cut at 和/及/与 (the recipient stands next to
the conjunction in its sentence); prints each with its context and counts reports. usage: scan_coord.py DUMP.jsonl"""
import json
import sys

n, reps = 0, set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = d["t"]
    for h, r in d["h"]:
        if r and any(r + c in t or c + r in t for c in "和及与"):
            reps.add(d["r"])
            n += 1
            i = t.find(r)
            print(d["r"].split("/")[1], d["r"][-8:-4], "|", h, "|", r, "|", t[max(0, i - 20):i + len(r) + 30])
print(n, "recipients next to 和/及/与 in", len(reps), "reports")
