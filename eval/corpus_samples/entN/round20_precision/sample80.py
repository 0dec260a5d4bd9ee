"""Round 20 (progBC): 80 random program finds (any head) on a dump of round 15's dump.py, for the precision sweep.

usage: python sample80.py DUMP.jsonl [SEED=2005] [N=80]   (DUMP from ../round15/dump.py 2005 200 OUT.jsonl)
Prints TSV: verdict (blank, to fill), name, report, the sentence around the name.
"""
import json
import random
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2005
n = int(sys.argv[3]) if len(sys.argv) > 3 else 80
finds = [(d["r"], p, d["t"]) for d in rows for p in d["p"]]
print(f"# {len(finds)} finds in {len({r for r, _, _ in finds})} reports", file=sys.stderr)
for r, p, t in random.Random(seed).sample(finds, n):
    k = t.find(p[:4])
    ctx = t[max(0, k - 30):k + len(p) + 15] if k >= 0 else t[:80]
    print("", p, r, ctx.replace("\t", " "), sep="\t")
