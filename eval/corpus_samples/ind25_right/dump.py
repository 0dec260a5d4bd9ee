"""Round 25 (indGA): round 15's ind18/dump.py on the 200 reports of seed 2503 (random.Random(2503).sample of the corpus).

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_right/dump.py OUT.tsv [SEED]
"""
import importlib.util
import random
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("ind18_dump", Path(__file__).resolve().parent.parent / "ind18" / "dump.py")
dump = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump)


def sample() -> list[Path]:
    return random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2503).sample(sorted(dump.CORPUS.glob("*/*/*.txt")), 200)


dump.sample = sample

if __name__ == "__main__":
    dump.main()
