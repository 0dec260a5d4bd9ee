"""Round 17c (progS): corpus sentences outside the 200 of seed 1723 holding REGEX (for the tests).

usage: PYTHONPATH=$PWD python find_cases.py REGEX [MAX]
"""
import glob
import importlib.util
import re
import sys

spec = importlib.util.spec_from_file_location("dump", "eval/corpus_samples/entN/round15/dump.py")
dump = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dump)
skip = set(dump.draw(1723, 200))
pat, cap, n = re.compile(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20, 0
for f in sorted(glob.glob(f"{dump.CORPUS}/*/*/*.txt")):
    if f in skip:
        continue
    for s in re.split(r"(?<=[。！？；])", open(f, encoding="utf-8").read()):
        if pat.search(s) and len(s) < 120:
            print(f.split("/")[-2], f[-8:-4], "|", s.strip())
            n += 1
            break
    if n >= cap:
        break
