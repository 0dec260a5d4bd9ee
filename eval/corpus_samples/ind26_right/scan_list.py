"""Round 26 (indIB) fix 2: every count whose noun (as after() reads it) is followed by 、 and another word, on the 200
reports of a seed: the shape (a count before a 、 list), and whether round26_indIB.listed joined the list.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26_right/scan_list.py OUT.tsv [SEED]

(SEED 2602 unless given.) Prints: figures and reports with the shape, and those whose noun the fix changed.
"""
import random
import sys
from pathlib import Path

from kg.extract import measurements, round26_indIB
from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

CORPUS = Path("/tmp/govkg-corpus/reports")
rows: list[tuple[str, str, str, str]] = []
current = [""]
_real = round26_indIB.listed


def _logged(text: str, at: int, noun: str, count: bool = True) -> str:
    new = _real(text, at, noun, count)
    end = at + len(noun)
    if count and noun and text.startswith(noun, at) and text.startswith("、", end) \
            and "\u4e00" <= text[end + 1:end + 2] <= "\u9fff":
        rows.append((current[0], text[max(0, at - 12):end + 16], noun, new))
    return new


measurements.round26_listed = _logged


def main() -> None:
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2602
    paths = random.Random(seed).sample(sorted(CORPUS.glob("*/*/*.txt")), 200)
    for path in paths:
        current[0] = f"{path.parent.name}/{path.stem}"
        find_measurements(structure_report(read_document(path)))
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for row in rows:
            out.write("\t".join(row) + "\n")
    changed = [r for r in rows if r[2] != r[3]]
    print(f"shape: {len(rows)} calls in {len({r[0] for r in rows})} reports; "  # noqa: T201
          f"joined: {len(changed)} in {len({r[0] for r in changed})} reports")


if __name__ == "__main__":
    main()
