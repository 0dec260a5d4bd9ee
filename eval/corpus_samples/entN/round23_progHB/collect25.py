"""Round 23 (progHB): round 21b's collect.py (called, not copied) over dev, dev13 … dev25.

usage: PYTHONPATH=$PWD python collect25.py BUILD_ROOT OUT.tsv
collect.py runs at import with SETS up to dev24; this wrapper executes its source with dev25 added to SETS.
"""
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
code = src.read_text(encoding="utf-8").replace(
    'SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]', 'SETS = ["dev"] + [f"dev{i}" for i in range(13, 26)]')
assert "range(13, 26)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
