"""Round 24b (progKA): round 24 progJB's explain24.py (called, not copied) with dev27 added to its set list.

usage: PYTHONPATH=$REPO python explain27.py BUILD_ROOT > explain_programs_before.tsv   (set, file, missed/invented, name)
"""
import sys
from pathlib import Path

src = Path(__file__).resolve().parents[1] / "round24_progJB" / "explain24.py"
code = src.read_text(encoding="utf-8").replace("range(13, 27)", "range(13, 28)")
assert "range(13, 28)" in code
sys.argv = [str(src)] + sys.argv[1:]
exec(compile(code, str(src), "exec"), {"__name__": "__main__"})
