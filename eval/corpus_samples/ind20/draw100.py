"""Round 19 (indAA): the 100 random figures of the sweep, drawn from a dump.py output of the 200 reports (seed 1906).

    python eval/corpus_samples/ind20/draw100.py DUMP.tsv [ROWS] > sample100.tsv   (index, indicator, window)

The sweep's draw was taken while the dump was still being written: from its first 24,715 rows (the figures of the
first reports of the 200, in the sample's order; 37,598 rows in all). ROWS=24715 reproduces it exactly.
"""
import random
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
if len(sys.argv) > 2:
    rows = rows[:int(sys.argv[2])]
for i, r in enumerate(random.Random(1906).sample(rows, 100)):
    print(f"{i}\t{r[3]}\t{r[4]}")
