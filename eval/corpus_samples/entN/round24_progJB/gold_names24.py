"""Round 24 (progJB): every gold program name of the official gold (dev) and dev5/7/9/11, dev13 … dev26 (never heldout*, dev27).

usage: python gold_names24.py > gold_programs24.tsv   (set, file, name)
"""
import json
from pathlib import Path

SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]
for s in SETS:
    files = sorted(Path("/work/shared/gold").glob("*.gold.json")) if s == "dev" else sorted(Path(f"eval/{s}").glob("*.gold.json"))
    for g in files:
        for p in json.load(open(g, encoding="utf-8")).get("programs", []):
            print(f"{s}\t{g.name}\t{p if isinstance(p, str) else p['name']}")
