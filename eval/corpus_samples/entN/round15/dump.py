"""Round 15 (progY): draw corpus reports with a seed, dump the programs (or another KIND) found per sentence as JSON lines.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round15/dump.py SEED N OUT.jsonl [KIND=program]
(round 16b projP ran it with KIND=project)
Each line: {"r": report, "i": sentence index, "t": sentence text, "p": [names of that kind]} (sentences with a program only,
plus every sentence of the report in OUT.jsonl.text for scans).
"""
from __future__ import annotations

import glob
import json
import random
import sys
from pathlib import Path

from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"


def draw(seed: int, n: int) -> list[str]:
    files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
    return sorted(random.Random(seed).sample(files, n))


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    kind = sys.argv[4] if len(sys.argv) > 4 else "program"
    with out.open("w", encoding="utf-8") as w:
        for f in draw(seed, n):
            rel = f[len(CORPUS) + 1:]
            report = structure_report(read_document(Path(f)))
            by: dict[int, list[str]] = {}
            for e in find_entities(report):
                if e.kind == kind:
                    by.setdefault(e.sentence, []).append(e.name)
            for i, s in enumerate(report.sentences):
                w.write(json.dumps({"r": rel, "i": i, "t": s.text, "p": by.get(i, [])}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
