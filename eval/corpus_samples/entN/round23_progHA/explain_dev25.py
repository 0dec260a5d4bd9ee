"""Round 23 (progHA): dev25's program misses/inventions from `kg eval --explain` in the format of
../round21b_precision/collect.py (which covers dev, dev13 … dev24 only), through ../../explain_items.py.

usage: PYTHONPATH=$PWD python explain_dev25.py BUILD_ROOT >> OUT.tsv
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from explain_items import context, explain_items  # noqa: E402

root = Path(sys.argv[1])
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path("eval/dev25").glob("*.txt"))}
for cur, what, name in explain_items("eval/dev25", str(root / "dev25"), "programs"):
    print(f"dev25\t{cur}\t{what}\t{name}\t{context(texts.get(cur, ''), name)}")
