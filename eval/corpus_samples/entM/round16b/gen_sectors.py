"""Round 16b (projP): candidate sector/field words for kg/data/entity_sectors.txt, from the whole corpus.
A candidate is a list item (between 、 / before 等, 2-6 Chinese characters) in >= 5 reports that the corpus
also writes before 产业/行业/领域 in >= MIN reports (旅游产业, 交通领域).  Printed with counts; read by hand.
usage: python gen_sectors.py [MIN=20]"""
import glob, re, sys
from collections import defaultdict
MIN = int(sys.argv[1]) if len(sys.argv) > 1 else 20
before = defaultdict(set)
items = defaultdict(set)
ITEM = re.compile(r"(?<=[、，：“（])([\u4e00-\u9fff]{2,6})(?=、|等)")
for i, f in enumerate(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")):
    t = open(f, encoding="utf-8", errors="ignore").read()
    for m in re.finditer("产业|行业|领域", t):
        s = m.start()
        for k in range(2, 7):
            w = t[s - k:s]
            if re.fullmatch(r"[\u4e00-\u9fff]+", w):
                before[w].add(i)
    for m in ITEM.finditer(t):
        items[m.group(1)].add(i)
out = [(len(before[w]), len(items[w]), w) for w in items if len(items[w]) >= 5 and len(before[w]) >= MIN]
for b, n, w in sorted(out, reverse=True):
    print(f"{b}\t{n}\t{w}")
print(len(out), "candidates", file=sys.stderr)
