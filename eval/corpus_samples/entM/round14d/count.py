"""Round 14d: reports (of 200 random corpus reports, seed given) naming an institution by an abbreviated head."""
import glob
import random
import re
import sys

d = '/tmp/govkg-corpus/reports'
fs = sorted(glob.glob(d + '/**/*.txt', recursive=True))
random.seed(int(sys.argv[1]))
s = random.sample(fs, 200)
ABBR = re.compile(r'[\u4e00-\u9fff]{1,4}?(?<![高中])(?:职院(?!士)|职校|[一二三四]附院|农科院|林科院|农科所|医科大(?!学))')
n = 0
for f in s:
    t = open(f, encoding='utf-8', errors='ignore').read()
    hits = sorted(set(m.group(0) for m in ABBR.finditer(t)))
    if hits:
        n += 1
        print(f.split('reports/')[1], hits[:5])
print('reports', n, 'of 200')
