"""Round 16 orgP: draw 60 random extracted organizations from the before dump (seed 1602) with their sentence.
usage: python draw60.py DUMP.tsv > sample60.tsv"""
import random
import re
import sys

CORPUS = "/tmp/govkg-corpus/reports/"
rows = [ln.rstrip("\n").split("\t") for ln in open(sys.argv[1], encoding="utf-8")]
orgs = [r for r in rows if r[1] == "o"]
random.seed(1602)
for tag, _, name in random.sample(orgs, 60):
    text = open(CORPUS + tag.removeprefix("reports/"), encoding="utf-8", errors="ignore").read()
    m = re.search(re.escape(name), text)
    ctx = text[max(0, m.start() - 40):m.end() + 25].replace("\n", " ") if m else "(not verbatim)"
    print(f"{tag}\t{name}\t{ctx}")
