"""Round 25 (indEA): does any gold file keep a count's name that the fix would cut? And which gold names does it give?

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_left/gold_check.py

For every quantity of the official files and dev2/dev3 (the sets that annotate indicators) whose unit is a measure
word of things or people (kind count in the extractor), prints the gold name when object_of_inner_verb would cut it
(a gold that keeps what the fix drops: a conflict).
"""
import glob
import json

from kg.extract.round25_indEA import object_of_inner_verb

COUNT_UNITS = set("件项处个家条套座所户宗起台部辆名人枚场批支") | {"人次", "万人"}
files = sorted(glob.glob("/work/shared/gold/*.gold.json")) + sorted(glob.glob("eval/dev2/*.gold.json")) \
    + sorted(glob.glob("eval/dev3/*.gold.json"))
checked = conflicts = 0
for f in files:
    for q in json.load(open(f, encoding="utf-8"))["quantities"]:
        if q.get("unit") not in COUNT_UNITS:
            continue
        checked += 1
        cut = object_of_inner_verb(q["indicator"])
        if cut != q["indicator"]:
            conflicts += 1
            print(f"conflict\t{f.split('/')[-1]}\t{q['raw']}\t{q['indicator']} -> {cut}")
print(f"{checked} gold counts checked, {conflicts} whose name the fix would cut")
