"""Round 21 projDC fix 2: project finds of a dump.py file that end in 口岸 (a port of entry), with their context.
usage: python scan_ports_of_entry.py DUMP.jsonl"""
import json
import sys

reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if p.endswith("口岸"):
            n += 1
            reps.add(d["r"])
            s = d["t"].find(p)
            print(d["r"], d["i"], "|", p, "|", d["t"][max(0, s - 40):s + len(p) + 25])
print(n, "finds", len(reps), "reports")
