"""Round 19 honAA: honours read with a 、 outside brackets in the title (a coordination glued into one title), from a
../hdump.py dump.  usage: python scan_glued.py DUMP.jsonl"""
import json
import sys


def top_level_comma(h):
    depth = 0
    for c in h:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
        elif c == "、" and depth == 0:
            return True
    return False


reps = set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    for h, r in d["h"]:
        if top_level_comma(h):
            reps.add(d["r"])
            print(d["r"].split("/", 1)[1], "|", h, "|", r, "|", d["t"][:160])
print(len(reps), "reports with a title holding a 、")
