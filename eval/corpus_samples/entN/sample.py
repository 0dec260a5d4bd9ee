"""Draw the items to judge from a scan folder (scan.py's output): misses and extractions of programs and honors.

usage: python eval/corpus_samples/entN/sample.py SCANDIR SEED NP NH > items.tsv
Lines: set (miss/extraction), kind (P/H), report, sentence index, name (honor<TAB>recipient for H extractions
joined by " <- "), cause, context (60 characters around the name).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path


def _rows(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]


def _context(text: str, name: str) -> str:
    flat = text.replace("“", "").replace("”", "")
    at = flat.find(name.replace("“", "").replace("”", ""))
    return flat[max(0, at - 30):at + len(name) + 15] if at >= 0 else flat[:80]


def main() -> None:
    folder, seed, n_p, n_h = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    misses = _rows(folder / "misses.tsv")
    extracted = _rows(folder / "extracted.tsv")
    out = []
    rnd = random.Random(seed)
    for r in rnd.sample([r for r in misses if r[1] == "P"], n_p) + rnd.sample([r for r in misses if r[1] == "H"], n_h):
        out.append(("miss", r[1], r[0], r[2], r[3], r[4], _context(r[5], r[3])))
    rnd = random.Random(seed + 1)
    for r in rnd.sample([r for r in extracted if r[1] == "P"], n_p):
        out.append(("extraction", "P", r[0], r[2], r[3], "", _context(r[5], r[3])))
    for r in rnd.sample([r for r in extracted if r[1] == "H"], n_h):
        out.append(("extraction", "H", r[0], r[2], r[3] + " <- " + r[4], "", _context(r[6], r[3])))
    sys.stdout.write("".join("\t".join(x) + "\n" for x in out))


if __name__ == "__main__":
    main()
