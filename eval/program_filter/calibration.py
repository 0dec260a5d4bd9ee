"""Out-of-set (LOSO) probabilities of the program filter: AUC and the share of gold names per probability band.

    PYTHONPATH=$PWD .venv/bin/python eval/program_filter/calibration.py SIZE L2 MIN_COUNT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from features import GROUPS_ALL, GROUPS_SMALL  # noqa: E402
from model import featurize, probs, train  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    size, l2, min_count = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    groups = {"small": GROUPS_SMALL, "all": GROUPS_ALL, "tiny": ("head", "shape")}[size]
    data = json.loads((HERE / "candidates.json").read_text(encoding="utf-8"))
    feats = featurize(data, groups)
    pairs = []
    for s in dict.fromkeys(f["set"] for f in data):
        tr = [i for i, f in enumerate(data) if f["set"] != s]
        te = [i for i, f in enumerate(data) if f["set"] == s]
        w = train([r for i in tr for r in feats[i]], l2, min_count)
        for i in te:
            for p, (_, y), c in zip(probs(w, feats[i]), feats[i], data[i]["candidates"], strict=True):
                pairs.append((p, y, s, c["name"]))
    pos = [p for p, y, *_ in pairs if y]
    neg = [p for p, y, *_ in pairs if not y]
    ranked = sorted(pairs)
    rank_sum = 0.0
    for k, (_p, y, *_) in enumerate(ranked, 1):
        if y:
            rank_sum += k
    auc = (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))
    print(f"{size} L2 {l2} min {min_count}: {len(pairs)} names, {len(pos)} gold; out-of-set AUC {auc:.3f}")
    for lo, hi in ((0, .2), (.2, .3), (.3, .4), (.4, .5), (.5, .6), (.6, .7), (.7, .8), (.8, .9), (.9, 1.01)):
        band = [y for p, y, *_ in pairs if lo <= p < hi]
        if band:
            print(f"  p in [{lo:.1f}, {min(hi, 1):.1f}): {len(band):5} names, gold share {sum(band) / len(band):.2f}")
    if len(sys.argv) > 4:
        for p, y, s, name in ranked[: int(sys.argv[4])]:
            print(f"  {p:.2f} {y} {s} {name}")


if __name__ == "__main__":
    main()
