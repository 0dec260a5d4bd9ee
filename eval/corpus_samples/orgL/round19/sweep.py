"""Round 19 orgAA: recall sweep. From a dump.py file (seed 1904, KIND=organization), 30 random reports; print every sentence
holding an organization head with the organizations found in it, for reading by hand (misses marked in sweep_misses.tsv).

usage: python sweep.py DUMP.jsonl [N_REPORTS=30] [SEED=19040]
"""
import json
import random
import re
import sys

HEADS = re.compile(r"集团|公司|研究院|研究所|大学|学院|医院|银行|研发中心|创新中心|工作站|实验室|协会|商会|联盟|委员会|控股")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 19040
reports = sorted({r["r"] for r in rows})
pick = set(random.Random(seed).sample(reports, n))
for r in rows:
    if r["r"] in pick and HEADS.search(r["t"]):
        print(f"{r['r']}\t{r['i']}\t{' | '.join(r['p']) or '-'}\t{r['t'][:300]}")
