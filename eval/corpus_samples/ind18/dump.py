"""Dump every figure's indicator of 200 random corpus reports (random.Random(1505).sample of the 2,999), one line each.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind18/dump.py OUT.tsv
"""
import random
import sys
from pathlib import Path

from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

CORPUS = Path("/tmp/govkg-corpus/reports")


def sample() -> list[Path]:
    paths = sorted(CORPUS.glob("*/*/*.txt"))
    return random.Random(1505).sample(paths, 200)


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in sample():
            report = structure_report(read_document(path))
            for m in find_measurements(report):
                s = report.sentences[m.sentence]
                o = m.start - s.start
                window = s.text[max(0, o - 40):o] + "【" + m.surface + "】" + s.text[o + len(m.surface):o + len(m.surface) + 12]
                out.write(f"{path.parent.name}/{path.stem}\t{m.sentence}\t{o}\t{m.indicator}\t{window}\n")


if __name__ == "__main__":
    main()
