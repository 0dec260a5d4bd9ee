"""Round 19 honAA: the honour sentences (the brief's frames) of 30 random reports of the 200 (seed 1905), with what the
extractor found there, to mark titles missed by hand.  usage: python read30.py DUMP.jsonl OUT.txt"""
import json
import random
import re
import sys

FRAME = re.compile(r"荣获|获得|被评为|被命名为|被授予|被列为|入选|获批|成为[^，。；]{0,40}(?:称号|城市|示范区)|通过[^，。；]{0,30}(?:验收|复审)")
rows = [json.loads(x) for x in open(sys.argv[1])]
reports = sorted({d["r"] for d in rows})
pick = set(random.Random(1905).sample(reports, 30))
with open(sys.argv[2], "w") as fo:
    for d in rows:
        if d["r"] in pick and FRAME.search(d["t"]):
            clauses = [c for c in re.split(r"(?<=[，；。])", d["t"]) if FRAME.search(c)]
            fo.write(f"{d['r']}#{d['i']}\t{' … '.join(clauses)}\n\t=> {d['h']}\n")
