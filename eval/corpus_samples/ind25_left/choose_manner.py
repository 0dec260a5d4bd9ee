"""Round 25 (indEA): choose the manner words jieba tags as adjectives (a/an/ad) that open a clause before a verb.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_left/choose_manner.py [N] [SEED] > choose_manner.txt

Draws N corpus reports (600, seed 2503: not the 200 of seed 2502 the fix is judged on), cuts their text into
clauses at punctuation, and for every clause-opening word of two characters that jieba tags a, an or ad counts
(1) how often a verb of two characters or more follows it (jieba v), (2) how often a noun follows it, (3) in how many
reports it is written before 地 and a verb (成功地举办, 圆满地完成: the adverbial use). A manner word is one that
opens clauses before a verb in >= 10 reports, before a verb >= 80% of the time, and takes 地 somewhere.
"""
import collections
import random
import re
import sys
from pathlib import Path

from kg.extract.tokens import pos

CORPUS = Path("/tmp/govkg-corpus/reports")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2503
paths = random.Random(seed).sample(sorted(CORPUS.glob("*/*/*.txt")), n)
before_v = collections.defaultdict(set)
count_v = collections.Counter()
count_other = collections.Counter()
with_de = collections.defaultdict(set)
for path in paths:
    text = path.read_text(encoding="utf-8", errors="ignore")
    for clause in re.split(r"[，。；：、！？,;:\s]+", text):
        if len(clause) < 5:
            continue
        words = pos(clause[:14])
        if len(words) < 3:
            continue
        w0, t0 = words[0]
        if len(w0) != 2 or t0 not in ("a", "an", "ad"):
            continue
        if words[1][1] == "v" and len(words[1][0]) >= 2:
            count_v[w0] += 1
            before_v[w0].add(path)
        else:
            count_other[w0] += 1
    for m in re.finditer(r"([\u4e00-\u9fff]{2})地(?=[\u4e00-\u9fff]{2})", text):
        with_de[m.group(1)].add(path)
rows = []
for w, c in count_v.items():
    total = c + count_other[w]
    rows.append((len(before_v[w]), w, c, total, c / total, len(with_de[w])))
rows.sort(reverse=True)
print("reports_before_v\tword\tbefore_v\tclause_openings\tratio\treports_with_地\tchosen")
for r, w, c, total, ratio, de in rows:
    chosen = r >= 10 and ratio >= 0.8 and de >= 1
    print(f"{r}\t{w}\t{c}\t{total}\t{ratio:.2f}\t{de}\t{'yes' if chosen else ''}")
