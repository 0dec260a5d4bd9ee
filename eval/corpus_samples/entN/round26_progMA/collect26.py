"""Round 26 (progMA): round 21b's collect.py (called, not copied) over the official gold, dev2, dev3, dev5/dev7/dev9/dev11 and
dev13 … dev28 (never heldout*, never dev29), for any KIND (programs by default; projects to see the other side of fix 1).

usage: PYTHONPATH=$PWD python collect26.py BUILD_ROOT OUT.tsv [KIND]   (run from the repository's root)
"""
import sys
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
kind = sys.argv.pop(3) if len(sys.argv) > 3 else "programs"
code = src.read_text(encoding="utf-8").replace(
    'SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]',
    'SETS = ["dev", "dev2", "dev3", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 29)]').replace(
    '"programs", str(kg)', f'"{kind}", str(kg)')
assert "range(13, 29)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__", "__file__": str(src)})
