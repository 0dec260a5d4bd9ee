"""Round 21 orgDA check draw: the sentences round21_orgs can touch (its gate: 筹 创办 申办) of N reports drawn with SEED,
with the organizations and projects `candidates` finds there (one sentence at a time, before the generic names are dropped).

usage: PYTHONPATH=$TREE python eval/corpus_samples/orgL/round21/check_gate.py SEED N OUT.jsonl   (run on both trees;
../../entN/round15/pdiff.py BEFORE AFTER compares them: "p" holds kind:name)
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kg.extract.entities.api import candidates
from kg.read import read_document
from kg.structure import structure_report

_spec = importlib.util.spec_from_file_location(
    "dump15", Path(__file__).resolve().parents[2] / "entN" / "round15" / "dump.py")
dump15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump15)


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    with out.open("w", encoding="utf-8") as w:
        for f in dump15.draw(seed, n):
            rel = f[len(dump15.CORPUS) + 1:]
            for i, s in enumerate(structure_report(read_document(Path(f))).sentences):
                if "筹" in s.text or "创办" in s.text or "申办" in s.text:
                    p = [f"{k}:{name}" for k, name in candidates(s.text) if k in ("organization", "project")]
                    w.write(json.dumps({"r": rel, "i": i, "t": s.text, "p": p}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
