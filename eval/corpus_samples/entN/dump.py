"""Draw corpus reports with a seed and dump the programs and honors the extractor finds, one per line.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/dump.py SEED N OUT.tsv [--list reports.txt]
Lines: report<TAB>P<TAB>sentence index<TAB>name  or  report<TAB>H<TAB>index<TAB>honor<TAB>recipient
"""
from __future__ import annotations

import glob
import random
import sys
from pathlib import Path

from kg.extract.entities import find_entities, find_honors
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"


def draw(seed: int, n: int) -> list[str]:
    files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
    return sorted(random.Random(seed).sample(files, n))


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    files = draw(seed, n)
    lines = []
    for f in files:
        rel = f[len(CORPUS) + 1:]
        report = structure_report(read_document(Path(f)))
        for e in find_entities(report):
            if e.kind == "program":
                lines.append(f"{rel}\tP\t{e.sentence}\t{e.name}")
        for h in find_honors(report):
            lines.append(f"{rel}\tH\t{h.sentence}\t{h.honor}\t{h.recipient}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(str(out) + ".reports").write_text("\n".join(f[len(CORPUS) + 1:] for f in files) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
