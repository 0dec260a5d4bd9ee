"""Round 26b (projNA): round 21b's cross_explain.py (imported, not copied) over the official gold, dev2, dev3, dev4/6/8/10,
dev13 … dev29.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round26b_projNA/cross26b.py BUILDROOT OUT.tsv
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round21b_lists"))
import cross_explain  # noqa: E402

cross_explain.SETS = ["dev", "dev2", "dev3", "dev4", "dev6", "dev8", "dev10"] + [f"dev{i}" for i in range(13, 30)]
cross_explain.main()
