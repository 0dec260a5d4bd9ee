"""Round 20b (indBA): 100 random figures of a dump.py output of the 200 reports (seed 2018).

    python eval/corpus_samples/ind21/draw100.py DUMP.tsv > sample100.tsv   (index, indicator, window)
"""
import random
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
for i, r in enumerate(random.Random(2018).sample(rows, 100)):
    print(f"{i}\t{r[0]}\t{r[3]}\t{r[4]}")
