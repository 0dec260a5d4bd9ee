"""Round 23 (projHB): ../round21b_lists/cross_explain.py (imported, not copied) with SETS extended to dev25.

usage: PYTHONPATH=$PWD python run_cross.py BUILDROOT OUT.tsv
"""
import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("cross_explain", here.parent / "round21b_lists" / "cross_explain.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.SETS = ["dev"] + [f"dev{i}" for i in range(13, 26)]
mod.main()
