"""Round 23b (progIA): round 23's gold_vs_text.py (called, not copied) with dev26 added to its sets.

usage: python gold_vs_text26.py REGEX   (each match of REGEX in the texts of dev, dev2 … dev26 but dev12: LISTED or not)
"""
import sys
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round23_progHB" / "gold_vs_text.py"
code = src.read_text(encoding="utf-8").replace('range(2, 26)', 'range(2, 27)')
assert "range(2, 27)" in code
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
