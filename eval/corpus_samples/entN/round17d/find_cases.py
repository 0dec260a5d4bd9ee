"""Round 17d (progT): sentences with “…”(改革)试点 in corpus reports outside the 200 of seed 1732, for the tests.

usage: PYTHONPATH=$PWD python find_cases.py [N]   (prints report | sentence, the first N)
"""
import glob
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import CORPUS, draw  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
used = set(draw(1732, 200))
pat = re.compile(r"[^。；]*“[^“”]{2,12}”(?:改革)?试点[^。；]*[。；]")
k = 0
for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))[::7]:
    if f in used:
        continue
    for m in pat.finditer(open(f, encoding="utf-8").read()):
        print(f[len(CORPUS) + 1:], "|", m.group(0).strip()[:160])
        k += 1
        break
    if k >= n:
        break
