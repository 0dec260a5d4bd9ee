"""Round 24 (progJB): program misses and inventions of `kg eval --explain` over dev (official gold), dev5/7/9/11 and
dev13 … dev26 (never heldout*, dev27) of the builds evalall.sh left in BUILD_ROOT (/tmp/evout<repo path with _>).

usage: PYTHONPATH=$REPO python explain24.py BUILD_ROOT > explain_programs_before.tsv   (set, file, missed/invented, name)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from explain_items import explain_items  # noqa: E402

root = Path(sys.argv[1])
SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]
for s in SETS:
    gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
    for cur, what, name in explain_items(gold, str(root / s), "programs"):
        print(f"{s}\t{cur}\t{what}\t{name}")
