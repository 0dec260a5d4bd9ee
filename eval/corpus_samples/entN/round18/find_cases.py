"""Round 18 (progU): sentences with a list closed by 等制度/等工程/等计划/等行动 (and 等机制, for the guard) in corpus reports
outside the 200 of seed 1802, for the tests.

usage: PYTHONPATH=$PWD python find_cases.py [N]   (prints report | sentence, the first N)
"""
import glob
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import CORPUS, draw  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
used = set(draw(1802, 200))
pat = re.compile(r"[^。；]*[\u4e00-\u9fff”]、[^。；，]*等(?:制度|工程|计划|行动|机制)[^。；]*[。；]")
k = 0
for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))[::5]:
    if f in used:
        continue
    for m in pat.finditer(open(f, encoding="utf-8").read()):
        print(f[len(CORPUS) + 1:], "|", m.group(0).strip()[:200])
        k += 1
        break
    if k >= n:
        break
