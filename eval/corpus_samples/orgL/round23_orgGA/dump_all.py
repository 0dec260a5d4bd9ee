"""Round 23 orgGA: like round 15's dump.py (same draw), but every kind per sentence: {"r", "i", "t", "k": {kind: [names]}}.

usage: PYTHONPATH=REPO python dump_all.py SEED N OUT.jsonl
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entN" / "round15"))
from dump import CORPUS, draw  # noqa: E402

from kg.extract.entities import find_entities  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.structure import structure_report  # noqa: E402

seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
with out.open("w", encoding="utf-8") as w:
    for f in draw(seed, n):
        rel = f[len(CORPUS) + 1:]
        report = structure_report(read_document(Path(f)))
        by: dict[int, dict[str, list[str]]] = {}
        for e in find_entities(report):
            by.setdefault(e.sentence, {}).setdefault(e.kind, []).append(e.name)
        for i, s in enumerate(report.sentences):
            if i in by or any(h in s.text for h in ("大学", "学院", "学校", "高专", "职院")):
                w.write(json.dumps({"r": rel, "i": i, "t": s.text, "k": by.get(i, {})}, ensure_ascii=False) + "\n")
