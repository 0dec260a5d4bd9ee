"""Round 24 (progJA): round 21b's collect.py (called, not copied) over the official gold, dev5/dev7/dev9/dev11 (program
sets) and dev13 … dev26.

usage: PYTHONPATH=$PWD python collect26.py BUILD_ROOT OUT.tsv
collect.py runs at import with SETS up to dev24; this wrapper executes its source with the set list replaced.
"""
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
code = src.read_text(encoding="utf-8").replace(
    'SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]',
    'SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]')
assert "range(13, 27)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
