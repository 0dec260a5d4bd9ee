"""Round 17 (honQ): corpus sentences (outside the 200 reports of seed 1704) that match a regex, for the tests' golden cases.
usage: python find_cases.py REGEX [N]"""
import glob
import random
import re
import sys

files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
drawn = set(random.Random(1704).sample(files, 200))
pat, n = re.compile(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 8
k = 0
for f in random.Random(17).sample(files, len(files)):
    if f in drawn:
        continue
    for s in re.split(r"(?<=[。；])", open(f, encoding="utf-8").read()):
        if pat.search(s):
            print(f.split("/")[-2], f.split("/")[-1][:4], "|", s.strip()[:200])
            k += 1
            break
    if k >= n:
        break
