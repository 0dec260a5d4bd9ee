"""Round 18b (progV): sentences of corpus reports outside the 200 (seed 1812) with an issued document (the test cases).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round18b/find_cases.py [N]
"""
import glob
import random
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import CORPUS, draw  # noqa: E402

from kg.extract.entities.round18b_programs import ISSUED_DOC  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
sample = set(draw(1812, 200))
files = [f for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt")) if f not in sample]
random.Random(18120).shuffle(files)
k = 0
for f in files:
    for sent in re.split(r"(?<=[。；！？])", open(f, encoding="utf-8").read()):
        if ISSUED_DOC.search(sent) and len(sent) < 90:
            print(f[len(CORPUS) + 1:], "|", sent.strip())
            k += 1
            break
    if k >= n:
        break
