"""Round 15 (honW) precision sweep: N random honor extractions of an hdump.py file (seed 1504), with the clause around
each title. usage: draw50.py DUMP.jsonl N [SEED] > sample.tsv (verdict column left empty: filled by hand)"""
import json
import random
import sys

pairs = []
for line in open(sys.argv[1]):
    d = json.loads(line)
    for h, r in d["h"]:
        pairs.append((d["r"], d["i"], h, r, d["t"]))
for r, i, h, rec, t in random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1504).sample(pairs, int(sys.argv[2])):
    k = t.find(h[:4]) if t.find(h[:4]) >= 0 else t.find(h[-4:])
    ctx = t[max(0, k - 60):k + len(h) + 30] if k >= 0 else t[:150]
    print("", r.split("/")[1] + "/" + r.split("/")[2][-8:-4], i, h, rec, ctx, sep="\t")
