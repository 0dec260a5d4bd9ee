"""Round 16b (projP, from round 16 progP): draw N random extracted projects (with their sentences) from a dump.py file.
usage: python draw60.py DUMP.jsonl SEED N"""
import json, random, sys
items = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        items.append((d["r"], d["i"], p, d["t"]))
print(len(items), "projects", file=sys.stderr)
for r, i, p, t in random.Random(int(sys.argv[2])).sample(items, int(sys.argv[3])):
    print(f"{r}\t{i}\t{p}\t{t[:300]}")
