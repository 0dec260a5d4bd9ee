"""Round 17 (progQ): sentences of corpus reports outside the 200 (seed 1702) whose programs change with round17_programs.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round17/find_test_cases.py DUMP200.jsonl SEED MAX
"""
import glob
import json
import random
import re
import sys

import kg.extract.entities.api as A
import kg.extract.entities.programs as P
from tests.test_entities import extract

in200 = {json.loads(line)["r"] for line in open(sys.argv[1], encoding="utf-8")}
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
random.Random(int(sys.argv[2])).shuffle(files)
orig = P.round17_programs
n = 0
CUE = re.compile(r"(?:提升|发展|弘扬|拓展)“|(?:巩固|坚持|完善|继承|传承)和?(?:提升|发展|弘扬)|我[市省区县州国们]|本[市省区县]")
for f in files[:1500]:
    rel = f[len("/tmp/govkg-corpus/reports/"):]
    if rel in in200:
        continue
    for s in re.findall(r"[^。；\n]*[。；]", open(f, encoding="utf-8").read()):
        if len(s) > 120 or not CUE.search(s):
            continue
        P.round17_programs = orig
        A._analyse.cache_clear()
        a = extract(s)["programs"]
        P.round17_programs = lambda s: None
        A._analyse.cache_clear()
        b = extract(s)["programs"]
        if a != b:
            print(rel, "|", s, "|", sorted(b - a), "->", sorted(a - b), flush=True)
            n += 1
    if n >= int(sys.argv[3]):
        break
P.round17_programs = orig
