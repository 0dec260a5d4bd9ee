"""Round 22 (progFA): count the shapes of fix 1 (`<land rights>确权登记颁证`) and fix 2 (`<scope>通办`) on the 200 reports (seed 2203).

usage: PYTHONPATH=$PWD python scan.py DUMP.jsonl   (DUMP = ../round15/dump.py 2203 200 of the base copy: every sentence, its programs)
Loose count: reports with 确权登记颁证 / 确权颁证 / 确权登记发证 / 确权登记 written anywhere. Module count: reports where the module's
own reading (REGISTER + a land-rights object, kg/extract/entities/round22_programs.py) finds a name, and where the base did not
already list that name among the sentence's programs.
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.patterns import _Found  # noqa: F401  (the module's import chain)
from kg.extract.entities.round22_programs import SCOPED, land_registration
from kg.extract.entities.sentence import _Sentence

loose, shape, missed = set(), defaultdict(list), defaultdict(list)
scoped, scoped_missed = defaultdict(list), defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if re.search(r"确权(?:登记)?(?:颁证|发证)|确权登记", t):
        loose.add(d["r"])
    for m in SCOPED.finditer(t):
        scoped[d["r"]].append(m.group(0))
        if m.group(0) not in d["p"]:
            scoped_missed[d["r"]].append(m.group(0))
    if "确权" not in t:
        continue
    s = _Sentence(t)
    land_registration(s)
    for f in s.found:
        shape[d["r"]].append(f.name)
        if f.name not in d["p"]:
            missed[d["r"]].append(f.name)
print(f"loose (确权登记颁证|确权颁证|确权登记发证|确权登记 written): {len(loose)} of 200 reports")
print(f"module's shape (a land-rights object + 确权登记/颁证/发证): {len(shape)} reports, {sum(map(len, shape.values()))} names")
print(f"  of which a name the base does not list: {len(missed)} reports, {sum(map(len, missed.values()))} names")
for r, v in sorted(shape.items()):
    print(f"  {r}\t{' | '.join(v)}\tmissed: {' | '.join(missed.get(r, []))}")
print(f"fix 2: <scope>通办 written (SCOPED): {len(scoped)} of 200 reports, {sum(map(len, scoped.values()))} times; "
      f"not listed by the base: {len(scoped_missed)} reports, {sum(map(len, scoped_missed.values()))} times")
for r, v in sorted(scoped.items()):
    print(f"  {r}\t{' | '.join(v)}\tmissed: {' | '.join(scoped_missed.get(r, []))}")
