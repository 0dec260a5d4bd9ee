"""Round 26 (indIB) fix 1: every 分别 list whose last member the old fallback cut inside a word.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26_right/scan_cut.py OUT.tsv [SEED|all]

Runs the extractor over the 200 reports of random.Random(SEED).sample (2602 unless given; ``all``: the 2,941) and logs
each call of round26_indIB.place_cut whose answer differs from the old cut (the first member's length):
report, the last member with the share, old cut | new cut.
"""
import random
import sys
from pathlib import Path

from kg.extract import round26_indIB
from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

CORPUS = Path("/tmp/govkg-corpus/reports")
hits: list[tuple[str, str, str]] = []
current = [""]
_real = round26_indIB.place_cut


def _logged(head_part: str, others: list[str], cut: int) -> int:
    new = _real(head_part, others, cut)
    if new != cut:
        hits.append((current[0], "、".join(others) + "、" + head_part, head_part[:cut] + "|" + head_part[cut:] + " -> "
                     + head_part[:new] + "|" + head_part[new:]))
    return new


round26_indIB.place_cut = _logged


def main() -> None:
    seed = sys.argv[2] if len(sys.argv) > 2 else "2602"
    paths = sorted(CORPUS.glob("*/*/*.txt"))
    if seed != "all":
        paths = random.Random(int(seed)).sample(paths, 200)
    for path in paths:
        current[0] = f"{path.parent.name}/{path.stem}"
        find_measurements(structure_report(read_document(path)))
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for row in hits:
            out.write("\t".join(row) + "\n")
    print(len(hits), "cuts moved in", len({h[0] for h in hits}), "reports")  # noqa: T201


if __name__ == "__main__":
    main()
