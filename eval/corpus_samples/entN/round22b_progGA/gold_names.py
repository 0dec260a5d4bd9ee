"""Round 22b (progGA): program names the allowed golds list (official gold + dev2 … dev24 but dev12; never dev25 or heldout*),
one per line as `set<TAB>file<TAB>name`, to check how the golds treat a shape.

usage: python gold_names.py > gold_programs.tsv
"""
import glob
import json
from pathlib import Path

SETS = ["dev"] + [f"dev{i}" for i in range(2, 25) if i != 12]
for s in SETS:
    files = sorted(glob.glob("/work/shared/gold/*.json")) if s == "dev" else sorted(glob.glob(f"eval/{s}/*.gold.json"))
    for g in files:
        d = json.load(open(g, encoding="utf-8"))
        for p in d.get("programs", []):
            print(f"{s}\t{Path(g).name}\t{p if isinstance(p, str) else p['name']}")
