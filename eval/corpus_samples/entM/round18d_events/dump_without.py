"""Round 18d (projZ3): entN/round15/dump.py with round 18d's joined_events switched off (the base of a fresh check).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round18d_events/dump_without.py SEED N OUT.jsonl [KIND]
"""
import runpy
import sys
from pathlib import Path

import kg.extract.entities.api as api

api.joined_events = lambda found, text: list(found)
sys.argv = [sys.argv[0], *sys.argv[1:]]
runpy.run_path(str(Path(__file__).parents[2] / "entN/round15/dump.py"), run_name="__main__")
