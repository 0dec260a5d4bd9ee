"""Round 25c (progLA): round 21b's collect.py (called, not copied) over the official gold, dev5/dev7/dev9/dev11 (program
sets) and dev13 … dev28 (never heldout*).

usage: PYTHONPATH=$PWD python collect28.py BUILD_ROOT OUT.tsv
"""
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
code = src.read_text(encoding="utf-8").replace(
    'SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]',
    'SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 29)]')
assert "range(13, 29)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
