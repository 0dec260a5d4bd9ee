"""Round 25 (indGA): round 24's ind24/dump.py (round 15's ind18 dump) on the 200 reports of seed 2503 unless a seed is given.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_right/dump.py OUT.tsv [SEED]
"""
import runpy
import sys
from pathlib import Path

if len(sys.argv) == 2:
    sys.argv.append("2503")
runpy.run_path(str(Path(__file__).resolve().parent.parent / "ind24" / "dump.py"), run_name="__main__")
