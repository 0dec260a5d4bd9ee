"""Lines of two dump.py outputs whose indicator changed: report, window, before -> after.

    python eval/corpus_samples/ind18/diff.py BEFORE.tsv AFTER.tsv
"""
import sys

before = {tuple(line.split("\t")[:3]): line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")}
after = {tuple(line.split("\t")[:3]): line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8")}
for key, row in after.items():
    old = before.get(key)
    if old is None or old[3] != row[3]:
        print(f"{row[0]}\t{row[4]}\t{old[3] if old else '(none)'}\t{row[3]}")
for key, row in before.items():
    if key not in after:
        print(f"{row[0]}\t{row[4]}\t{row[3]}\t(none)")
