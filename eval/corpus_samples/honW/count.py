"""Round 15 (honW): reports of the seed-1504 draw (200) and of the whole corpus that match a pattern.
usage: count.py REGEX [show]   (prints counts and, with show, up to 40 matches of the 200 with context)"""
import glob
import random
import re
import sys

CORPUS = "/tmp/govkg-corpus/reports"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
draw = set(random.Random(1504).sample(files, 200))
pat = re.compile(sys.argv[1])
n200 = nall = 0
shown = 0
for f in files:
    t = open(f, encoding="utf-8", errors="replace").read()
    ms = list(pat.finditer(t))
    if ms:
        nall += 1
        if f in draw:
            n200 += 1
            for m in ms:
                if len(sys.argv) > 2 and shown < 40:
                    shown += 1
                    print(f[len(CORPUS) + 1:][-20:], t[max(0, m.start() - 30):m.end() + 10].replace("\n", " "))
print(f"reports: {n200} of 200, {nall} of {len(files)}")
