"""Round 18c (projY): the rule's own cost on every sentence of a dump.py file (runs() on a fresh _Sentence, min of 3).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round18c_lists/time_rule.py DUMP.jsonl
"""
import json
import sys
import time

from kg.extract.entities.round18c_lists import runs
from kg.extract.entities.sentence import _Sentence

sents = [_Sentence(json.loads(x)["t"]) for x in open(sys.argv[1], encoding="utf-8")]
best = []
for _ in range(3):
    t = time.process_time()
    for s in sents:
        runs(s)
    best.append(time.process_time() - t)
print(f"{len(sents)} sentences, runs(): {min(best):.3f} s CPU (min of 3)")
