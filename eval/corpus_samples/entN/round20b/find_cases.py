"""Round 20b (progCB): corpus sentences of this round's shapes in reports outside the 200 (seed 2015), for the tests.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round20b/find_cases.py SHAPE [N]   (SHAPE: newcountryside, attack)
"""
import glob
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import CORPUS, draw  # noqa: E402

SHAPES = {
    "newcountryside": r"[^。；，]*(?<!社会主义)新农村建设[^。；]*[。；]",
    "attack": r"[^。；，]*污染防治攻坚(?!战)[^。；]*[。；]",
}
pat = re.compile(SHAPES[sys.argv[1]])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
used = set(draw(2015, 200))
k = 0
for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))[::7]:
    if f in used:
        continue
    for m in pat.finditer(open(f, encoding="utf-8").read()):
        print(f[len(CORPUS) + 1:], "|", m.group(0).strip()[:150])  # noqa: T201
        k += 1
        break
    if k >= n:
        break
