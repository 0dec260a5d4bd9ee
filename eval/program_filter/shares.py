"""Gold share of the extractor's program finds by feature (pooled CV sets; names found, per file).

    PYTHONPATH=$PWD .venv/bin/python eval/program_filter/shares.py [MIN_NAMES]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from features import GROUPS_ALL  # noqa: E402
from model import featurize  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    least = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    data = json.loads((HERE / "candidates.json").read_text(encoding="utf-8"))
    feats = featurize(data, GROUPS_ALL)
    n: dict[str, int] = defaultdict(int)
    pos: dict[str, int] = defaultdict(int)
    sets: dict[str, set] = defaultdict(set)
    for f, rows in zip(data, feats, strict=True):
        for fs, y in rows:
            for x in fs:
                n[x] += 1
                pos[x] += y
                if y:
                    sets[x].add(f["set"])
    rows = sorted((pos[x] / n[x], x) for x in n if n[x] >= least)
    print(f"feature               names  gold share  sets with a gold one (of 20)   (features of >= {least} names)")
    for share, x in rows:
        print(f"{x:20} {n[x]:6} {share:10.2f} {len(sets[x]):6}")


if __name__ == "__main__":
    main()
