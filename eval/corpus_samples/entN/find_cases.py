"""Sentences of one shape in corpus reports outside a round's 200 (its seed), for golden test cases.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/find_cases.py PRESET [N]   (prints report | sentence, the first N)

PRESET names a round's shape, its seed and its stride over the sorted corpus:
  round17d  “…”(改革)试点 (progT, seed 1732, every 7th report)
  round18   a list closed by 等制度/等工程/等计划/等行动 (and 等机制, for the guard) (progU, seed 1802, every 5th report)
  round19b  创新 + a mechanism, mode, system (progAB, seed 1911, every 7th report)
"""
import glob
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import CORPUS, draw  # noqa: E402

PRESETS = {  # name: (pattern, seed of the round's 200, stride, characters shown, default N)
    "round17d": (r"[^。；]*“[^“”]{2,12}”(?:改革)?试点[^。；]*[。；]", 1732, 7, 160, 40),
    "round18": (r"[^。；]*[\u4e00-\u9fff”]、[^。；，]*等(?:制度|工程|计划|行动|机制)[^。；]*[。；]", 1802, 5, 200, 60),
    "round19b": (r"[^。；，]*创新[^，。；]{2,16}?(?:机制|模式|体制|制度)[^。；]*[。；]", 1911, 7, 120, 60),
}
pattern, seed, stride, width, n = PRESETS[sys.argv[1]]
n = int(sys.argv[2]) if len(sys.argv) > 2 else n
used = set(draw(seed, 200))
pat = re.compile(pattern)
k = 0
for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))[::stride]:
    if f in used:
        continue
    for m in pat.finditer(open(f, encoding="utf-8").read()):
        print(f[len(CORPUS) + 1:], "|", m.group(0).strip()[:width])
        k += 1
        break
    if k >= n:
        break
