"""Round 23 (projHB): which names the works frames read but the `_named` tests refuse, on a dump.py file's sentences.

usage: PYTHONPATH=$PWD python named_refused.py DUMP.jsonl > OUT.tsv
Wraps round 18b's _named and round 19's _named_works in every module that imported them (a scratch instrument, nothing is
changed in kg/), runs the extractor on each sentence and prints report, caller module, name, sentence for each refusal.
"""
import json
import sys

from kg.extract.entities import api, round18b_projects, round19_projects, round20b_triggers, round21_triggers, \
    round22b_projects

seen = {}


def wrap(mod, attr):
    orig = getattr(mod, attr)

    def f(name, *a, **k):
        r = orig(name, *a, **k)
        if not r:
            seen.setdefault(name, mod.__name__.split(".")[-1])
        return r
    setattr(mod, attr, f)


for m in (round18b_projects, round20b_triggers, round21_triggers, round22b_projects):
    if hasattr(m, "_named"):
        wrap(m, "_named")
wrap(round19_projects, "_named_works")
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    seen.clear()
    api._analyse(d["t"])
    for name, mod in seen.items():
        if not any(name[:3] in p for p in d["p"]):
            print(f"{d['r']}\t{mod}\t{name}\t{d['t'][:200]}")
