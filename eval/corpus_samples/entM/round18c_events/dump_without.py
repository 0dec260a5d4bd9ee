"""Round 18c (projX): run round 15's dump.py with this round's rule switched off (the base extractor), same arguments.

usage: PYTHONPATH=$PWD python dump_without.py SEED N OUT.jsonl [KIND]
"""
import runpy
import sys

import kg.extract.entities.api as api

api.hosted_events = lambda s: None  # api calls the name it imported
sys.argv = ["dump.py"] + sys.argv[1:]
runpy.run_path("eval/corpus_samples/entN/round15/dump.py", run_name="__main__")
