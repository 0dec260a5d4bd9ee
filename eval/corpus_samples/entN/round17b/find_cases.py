"""Round 17b: sentences of corpus reports outside the 200 (seed 1712) for fix A and B tests (a regex per fix).

usage: python find_cases.py REGEX [N]
"""
import glob
import random
import re
import sys

CORPUS = "/tmp/govkg-corpus/reports"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
drawn = set(random.Random(1712).sample(files, 200))
rx, n = re.compile(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 10
out = []
for f in files:
    if f in drawn:
        continue
    for s in re.split(r"(?<=[。；！？])", open(f, encoding="utf-8").read()):
        if rx.search(s) and len(s) < 120:
            out.append((f[len(CORPUS) + 1:], s.strip()))
for r, s in random.Random(17121).sample(out, min(n, len(out))):
    print(r, "|", s)
