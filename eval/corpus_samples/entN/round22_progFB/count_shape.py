"""Round 22 (progFB): the module's shape on the 200 reports — `<governing verb> X 等 [重点|专项] <bare head>` with one item X.

usage: PYTHONPATH=$PWD python count_shape.py SEED N DUMP.jsonl
Uses the module's own regexes (SINGLE_AT, GOVERN) on every sentence of the dump; prints each hit with its class (chain of
quotes, works item, taken) and the programs the dump has for the sentence, then counts reports.
"""
import json
import re
import sys

from kg.extract.entities.round22_program_lists import GOVERN, ITEM_NOT, ITEM_OK, SINGLE_AT, WORKS

seed, n, dump = sys.argv[1], sys.argv[2], sys.argv[3]
reps = {}
for line in open(dump, encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in SINGLE_AT.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？") + 1
        verbs = list(GOVERN.finditer(t, cs, m.start()))
        if not verbs:
            continue
        raw = t[verbs[-1].end():m.start()]
        if re.search(r"[、和与及]", raw):
            continue  # a list: not this shape
        cls = ("chain" if raw.count("“") > 1 else "works" if m.group("head") == "工程" and WORKS.search(raw.replace("“", "").replace("”", ""))
               else "other" if not ITEM_OK.fullmatch(raw) or ITEM_NOT.search(raw) else "item")
        reps.setdefault(d["r"], []).append(cls)
        print(f"{cls}\t{d['r']}\t{raw}等{m.group(0)[1:]}\t{' | '.join(d['p'])}")
print(f"# shape in {len(reps)} reports of {n}; with a taken item (not chain/works/other) in "
      f"{sum('item' in v for v in reps.values())}", file=sys.stderr)
