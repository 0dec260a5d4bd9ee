"""Round 20 honBA: every sentence of the N corpus reports drawn with SEED (the draw of ../../entN/round15/dump.py), no
extraction, for the scans.  usage: PYTHONPATH=$PWD python sentences.py SEED N OUT.jsonl  (lines: {"r", "i", "t"})"""
import importlib.util
import json
import sys
from pathlib import Path

from kg.read import read_document
from kg.structure import structure_report

_spec = importlib.util.spec_from_file_location("dump15", Path(__file__).parents[2] / "entN/round15/dump.py")
dump15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump15)

seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(out, "w", encoding="utf-8") as w:
    for f in dump15.draw(seed, n):
        rep = structure_report(read_document(Path(f)))
        for i, s in enumerate(rep.sentences):
            w.write(json.dumps({"r": f[len(dump15.CORPUS) + 1:], "i": i, "t": s.text}, ensure_ascii=False) + "\n")
