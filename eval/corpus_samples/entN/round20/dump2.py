"""Round 20 (progBA): round 15's dump.py sample (same draw), programs in "p" and projects in "j" per sentence.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round20/dump2.py SEED N OUT.jsonl
(pdiff.py of round 15 reads "p"; `pdiff2.py` here diffs "j" too)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round15"))
from dump import CORPUS, draw  # noqa: E402

from kg.extract.entities import find_entities  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.structure import structure_report  # noqa: E402


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    with out.open("w", encoding="utf-8") as w:
        for f in draw(seed, n):
            rel = f[len(CORPUS) + 1:]
            report = structure_report(read_document(Path(f)))
            by: dict[tuple[str, int], list[str]] = {}
            for e in find_entities(report):
                by.setdefault((e.kind, e.sentence), []).append(e.name)
            for i, s in enumerate(report.sentences):
                w.write(json.dumps({"r": rel, "i": i, "t": s.text, "p": by.get(("program", i), []),
                                    "j": by.get(("project", i), [])}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
