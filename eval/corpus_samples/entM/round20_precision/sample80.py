"""Round 20 (projBC): draw 80 random project finds from a dump.py file (seed 2008) for the precision sweep.

usage: python sample80.py DUMP.jsonl OUT.tsv   (columns: verdict (to fill), structure (to fill), report, sentence, name, text)
"""
import json
import random
import sys

finds = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        finds.append((d["r"], d["i"], p, d["t"]))
print(len(finds), "project finds")
with open(sys.argv[2], "w", encoding="utf-8") as w:
    for r, i, p, t in sorted(random.Random(2008).sample(finds, 80)):
        w.write(f"\t\t{r}\t{i}\t{p}\t{t[:200]}\n")
