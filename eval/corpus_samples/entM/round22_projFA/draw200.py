"""Round 22 (projFA): print the 200 corpus reports of seed 2201 (dump.py's draw, imported, not copied)."""
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import draw  # noqa: E402

for f in draw(int(sys.argv[1]) if len(sys.argv) > 1 else 2201, 200):
    print(f)
