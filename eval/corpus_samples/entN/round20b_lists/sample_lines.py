"""Round 20b progCA: draw 20 new + 20 lost lines (random.seed(2014)) from a pdiff.py output, with their sentences, as a TSV to judge.

usage: python sample_lines.py DIFF.txt > judged.tsv   (first column left empty for y/n/half)
"""
import random
import sys

new, lost = [], []
sent = ""
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("   + "):
        new.append(("+", line[5:], sent))
    elif line.startswith("   - "):
        lost.append(("-", line[5:], sent))
    elif " | " in line:
        sent = line
rng = random.Random(2014)
pick = (rng.sample(new, min(20, len(new))) if len(new) > 20 else new) + (rng.sample(lost, min(20, len(lost))) if len(lost) > 20 else lost)
for sign, name, s in pick:
    sys.stdout.write(f"\t{sign}\t{name}\t{s}\n")
