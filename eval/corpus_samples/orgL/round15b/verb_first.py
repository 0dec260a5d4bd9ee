"""Round 15b orgL2: organization names of a dump (dump.py output) whose first jieba word is a two-character verb, adverb,
preposition or conjunction, by report. usage: PYTHONPATH=$PWD .venv/bin/python verb_first.py DUMP.tsv"""
import collections
import sys

from kg.extract.tokens import pos

reps = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    if k != "o":
        continue
    w = pos(n)
    if len(w) > 1 and w[0][1] in ("v", "vn", "d", "p", "c") and len(w[0][0]) == 2:
        reps[tag].append(n)
print(len(reps), "reports")
for t, ns in reps.items():
    print(t, ns)
