"""Round 27 honKA: `_analyse` on the trigger sentences of a hdump.py dump (the plan part skipped unless RECEIVED, as find_honors does).

usage: PYTHONPATH=$PWD python eval/corpus_samples/honW/round27/sent_dump.py DUMP.jsonl OUT.jsonl
"""
import json
import sys

from kg.extract.entities.api import RECEIVED, _analyse, _tidy
from kg.extract.entities.round21b_honors import ranked_list
from kg.extract.entities.round22_honors import quoted_after_grantor

out = open(sys.argv[2], "w")
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d["p"] == "plan" and not RECEIVED.search(d["t"]):
        continue
    hs = []
    for h in _analyse(d["t"])[1]:
        if ranked_list(_tidy(h.honor), d["t"]):
            continue
        hs.append([quoted_after_grantor(_tidy(h.honor), d["t"]) or _tidy(h.honor), _tidy(h.recipient)])
    out.write(json.dumps({"r": d["r"], "i": d["i"], "t": d["t"], "h": hs}, ensure_ascii=False) + "\n")
