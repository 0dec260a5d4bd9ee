"""Round 20b orgCA: one pass over round 15's draw (entN/round15/dump.py's `draw`), dumping organizations and honours.

usage: PYTHONPATH=$PWD python eval/corpus_samples/orgL/round20b/dump2.py SEED N PREFIX
writes PREFIX.organization.jsonl and PREFIX.honor.jsonl in dump.py's format (pdiff.py reads them).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

_spec = importlib.util.spec_from_file_location(
    "dump15", Path(__file__).resolve().parents[2] / "entN" / "round15" / "dump.py")
dump15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump15)

KINDS = ("organization", "honor")


def main() -> None:
    seed, n, prefix = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    outs = {k: open(f"{prefix}.{k}.jsonl", "w", encoding="utf-8") for k in KINDS}
    for f in dump15.draw(seed, n):
        rel = f[len(dump15.CORPUS) + 1:]
        report = structure_report(read_document(Path(f)))
        by: dict[str, dict[int, list[str]]] = {k: {} for k in KINDS}
        for e in find_entities(report):
            if e.kind in by:
                by[e.kind].setdefault(e.sentence, []).append(e.name)
        for i, s in enumerate(report.sentences):
            for k in KINDS:
                outs[k].write(json.dumps({"r": rel, "i": i, "t": s.text, "p": by[k].get(i, [])},
                                         ensure_ascii=False) + "\n")
    for w in outs.values():
        w.close()


if __name__ == "__main__":
    main()
