"""Round 18b (honV): every entity kind (project, program, organization) and every honour of the 200 reports drawn as
entN/round15/dump.py draws them (imported, not copied), one line per sentence with something found.

usage: PYTHONPATH=$PWD python eval/corpus_samples/honW/round18b/dump_all.py SEED N OUT.jsonl
Lines: {"r": report, "i": sentence, "t": text, "p": ["kind:name", ..., "honor:title|recipient", ...]}; compare two with
entN/round15/pdiff.py.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entN" / "round15"))
from dump import CORPUS, draw  # noqa: E402

from kg.extract.entities import find_entities, find_honors  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.structure import structure_report  # noqa: E402

seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
with out.open("w", encoding="utf-8") as w:
    for f in draw(seed, n):
        report = structure_report(read_document(Path(f)))
        by: dict[int, list[str]] = {}
        for e in find_entities(report):
            by.setdefault(e.sentence, []).append(f"{e.kind}:{e.name}")
        for h in find_honors(report):
            by.setdefault(h.sentence, []).append(f"honor:{h.honor}|{h.recipient}")
        for i, s in enumerate(report.sentences):
            if i in by:
                w.write(json.dumps({"r": f[len(CORPUS) + 1:], "i": i, "t": s.text, "p": by[i]}, ensure_ascii=False) + "\n")
