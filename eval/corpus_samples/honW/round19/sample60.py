"""Round 19 honAA: 60 random honour finds (seed 1905) from a hdump.py dump, with their sentence.
usage: python sample60.py DUMP.jsonl OUT.tsv"""
import json
import random
import sys

rows = []
for line in open(sys.argv[1]):
    d = json.loads(line)
    for h, r in d["h"]:
        rows.append((d["r"], d["i"], h, r, d["t"]))
pick = random.Random(1905).sample(rows, 60)
with open(sys.argv[2], "w") as fo:
    fo.write("verdict\tcause\treport\ti\thonor\trecipient\tsentence\n")
    for r in sorted(pick):
        fo.write("\t\t" + "\t".join(map(str, r)) + "\n")
print(len(rows), "finds")
