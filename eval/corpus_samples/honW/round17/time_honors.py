"""Round 17 (honQ): CPU seconds of find_honors alone (reports read and structured first, not timed) on the 200 reports of
SEED, best of 3 passes. usage: PYTHONPATH=TREE python time_honors.py SEED N"""
import glob
import random
import sys
import time
from pathlib import Path

from kg.extract.entities import find_honors
from kg.read import read_document
from kg.structure import structure_report

files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
reports = [structure_report(read_document(Path(f))) for f in sorted(random.Random(int(sys.argv[1])).sample(files, int(sys.argv[2])))]
best = None
for _ in range(3):
    t = time.process_time()
    for r in reports:
        find_honors(r)
    dt = time.process_time() - t
    best = dt if best is None else min(best, dt)
print(f"find_honors CPU s (best of 3): {best:.2f}")
