"""Round 20 honBA: N random honour finds from a ../hdump.py dump, with their sentence (as ../round19/sample60.py, seed and N
as arguments).  usage: python sample50.py DUMP.jsonl SEED N OUT.tsv"""
import json
import random
import sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for h, r in d["h"]:
        rows.append((d["r"], d["i"], h, r, d["t"]))
pick = random.Random(int(sys.argv[2])).sample(rows, int(sys.argv[3]))
with open(sys.argv[4], "w", encoding="utf-8") as fo:
    fo.write("verdict\tcause\treport\ti\thonor\trecipient\tsentence\n")
    for r in sorted(pick):
        fo.write("\t\t" + "\t".join(map(str, r)) + "\n")
print(len(rows), "finds")
