"""Round 19b (progAB): 60 random program finds ending in 机制/制度/工程/规划/方案/模式 on a dump of round 15's dump.py.

usage: python sample60.py DUMP.jsonl [SEED=1911] [N=60]   (DUMP from ../round15/dump.py 1911 200 OUT.jsonl)
Prints TSV: verdict (blank, to fill), name, report, the sentence around the name.
"""
import json
import random
import re
import sys

HEAD = re.compile(r"(?:机制|制度|工程|规划|方案|模式)$")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1911
n = int(sys.argv[3]) if len(sys.argv) > 3 else 60
finds = [(d["r"], p, d["t"]) for d in rows for p in d["p"] if HEAD.search(p)]
print(f"# {len(finds)} finds in {len({r for r, _, _ in finds})} reports", file=sys.stderr)
for r, p, t in random.Random(seed).sample(finds, n):
    k = t.find(p[:4])
    ctx = t[max(0, k - 25):k + len(p) + 15] if k >= 0 else t[:80]
    print("", p, r, ctx.replace("\t", " "), sep="\t")
