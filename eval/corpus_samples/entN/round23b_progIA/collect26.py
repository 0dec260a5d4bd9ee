"""Round 23b (progIA): round 21b's collect.py (called, not copied) over dev, dev13 … dev26.

usage: PYTHONPATH=$PWD python collect26.py BUILD_ROOT OUT.tsv   (as round 23's collect25.py, with dev26 added)
"""
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
code = src.read_text(encoding="utf-8").replace(
    'SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]', 'SETS = ["dev"] + [f"dev{i}" for i in range(13, 27)]')
assert "range(13, 27)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
