"""Round 18c (progW): 20 random new + 20 random lost lines of a round-15 pdiff.py output, with their sentence, as TSV rows
to judge (first column left for y/n/half).  usage: python sample_changes.py DIFF.txt SEED [N=20]"""
import random
import sys

rows, cur = [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("   - ") or line.startswith("   + "):
        rows.append((line[3], line[5:].rstrip("\n"), cur))
    elif " | " in line:
        cur = line.rstrip("\n")
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rng = random.Random(int(sys.argv[2]))
for sign in "+-":
    pick = [r for r in rows if r[0] == sign]
    for sg, name, ctx in sorted(rng.sample(pick, min(n, len(pick))), key=lambda r: r[2]):
        print("\t".join(["?", sg, name, ctx]))
