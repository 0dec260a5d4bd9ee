"""Round 21b (progEB): program misses/inventions of `kg eval --explain` over dev13 … dev24 and the official gold, with the
sentence each one comes from (for the cross-set table of shapes).

usage: PYTHONPATH=$PWD python collect.py BUILD_ROOT OUT.tsv   (BUILD_ROOT holds dev, dev13 … dev24 as evalall.sh builds them)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from explain_items import context, explain_items  # noqa: E402

SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]
root, out = Path(sys.argv[1]), Path(sys.argv[2])
kg = Path(".venv/bin/kg")


def sources(s):
    if s == "dev":
        return [Path("/work/shared/reports/shayibake_2024.txt")] + sorted(Path("/work/shared/gold/excerpts").glob("*.txt"))
    return sorted(Path(f"eval/{s}").glob("*.txt"))


with out.open("w", encoding="utf-8") as w:
    for s in SETS:
        gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
        texts = {p.name: p.read_text(encoding="utf-8") for p in sources(s)}
        for cur, what, name in explain_items(gold, str(root / s), "programs", str(kg)):
            w.write(f"{s}\t{cur}\t{what}\t{name}\t{context(texts.get(cur, ''), name)}\n")
