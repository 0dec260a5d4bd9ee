"""Round 23b (projIA): round 21b's cross_explain.py (imported, not copied) over the official gold, dev13 … dev26.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round23b_projIA/cross26.py BUILDROOT OUT.tsv
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round21b_lists"))
import cross_explain  # noqa: E402

cross_explain.SETS = cross_explain.SETS + ["dev25", "dev26"]
cross_explain.main()
