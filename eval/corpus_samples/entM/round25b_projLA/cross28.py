"""Round 25b (projLA): round 21b's cross_explain.py (imported, not copied) over the official gold, dev13 … dev28.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round25b_projLA/cross28.py BUILDROOT OUT.tsv
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round21b_lists"))
import cross_explain  # noqa: E402

cross_explain.SETS = cross_explain.SETS + ["dev25", "dev26", "dev27", "dev28"]
cross_explain.main()
