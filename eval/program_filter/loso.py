"""Leave-one-set-out measure of the learned program filter (issue #4, round progML).

For each CV set: train on all the other sets, choose the threshold on those training sets only (best mean per-file F1 of
their in-sample probabilities), filter the left-out set's program finds and score its macro program F1 as `kg eval` does
(per-file P/R/F1 over distinct normalised names, then the mean). Two model sizes: "small" (heads, shape, context) and
"all" (plus the part of the report, number of finds, lexicon, also-found-as-another-kind, place words).

    PYTHONPATH=$PWD .venv/bin/python eval/program_filter/loso.py > eval/program_filter/loso.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from features import GROUPS_ALL, GROUPS_SMALL  # noqa: E402
from model import (  # noqa: E402
    choose_threshold,
    featurize,
    half_f1_threshold,
    inner_threshold,
    macro,
    probs,
    train,
)

HERE = Path(__file__).resolve().parent
CONFIGS = ["tiny:half:1:3", "small:insample:1:3", "small:inner:1:3", "small:half:1:3",
           "all:insample:1:3", "all:inner:1:3", "all:half:1:3", "all:0.5:1:3", "all:half:10:3"]


THRESHOLD_MODES = {
    "insample": "the best mean per-file F1 of the training sets' in-sample probabilities",
    "inner": "the best mean per-file F1 of the training sets' out-of-fold probabilities (4 folds of whole sets)",
    "half": "half the training sets' macro F1 before filtering (the break-even of one drop)",
    "0.5": "fixed 0.5",
}


def run(data: list[dict], groups: tuple[str, ...], label: str, mode: str, l2: float, min_count: int) -> list[float]:
    feats = featurize(data, groups)
    sets = list(dict.fromkeys(f["set"] for f in data))
    print(f"== model {label} ({', '.join(groups)}), L2 {l2}, min count {min_count}; threshold: {THRESHOLD_MODES[mode]}")
    print(f"{'set':7} {'files':>5} {'before':>7} {'after':>7} {'change':>7} {'thr':>5} {'dropped':>8} {'drop+':>6}")
    changes = []
    for s in sets:
        tr = [i for i, f in enumerate(data) if f["set"] != s]
        te = [i for i, f in enumerate(data) if f["set"] == s]
        weights = train([r for i in tr for r in feats[i]], l2, min_count)
        if mode == "insample":
            t = choose_threshold([data[i] for i in tr], [probs(weights, feats[i]) for i in tr])
        elif mode == "inner":
            t = inner_threshold(data, feats, tr, l2, min_count)
        elif mode == "half":
            t = half_f1_threshold([data[i] for i in tr])
        else:
            t = float(mode)
        keeps = [[p >= t for p in probs(weights, feats[i])] for i in te]
        files = [data[i] for i in te]
        before, after = macro(files), macro(files, keeps)
        dropped = sum(not k for ks in keeps for k in ks)
        dropped_pos = sum(not k and c["label"] for f, ks in zip(files, keeps, strict=True) for c, k in zip(f["candidates"], ks, strict=True))
        changes.append(after - before)
        print(f"{s:7} {len(files):5} {before:7.3f} {after:7.3f} {after - before:+7.3f} {t:5.2f} {dropped:8} {dropped_pos:6}")
        sys.stdout.flush()
    n = len(changes)
    up = sum(c > 0.01 for c in changes)
    down = sum(c < -0.01 for c in changes)
    print(f"mean change {sum(changes) / n:+.4f}; sets up > 0.01: {up}, down > 0.01: {down} (of {n})")
    print()
    sys.stdout.flush()
    return changes


def main() -> None:
    data = json.loads((HERE / "candidates.json").read_text(encoding="utf-8"))
    # configurations: size:threshold-mode:L2:min-count
    configs = sys.argv[1:] or CONFIGS
    summary = []
    for config in configs:
        size, mode, l2, min_count = config.split(":")
        groups = {"small": GROUPS_SMALL, "all": GROUPS_ALL, "tiny": ("head", "shape")}[size]
        changes = run(data, groups, size, mode, float(l2), int(min_count))
        dev = changes[0] if data[0]["set"] == "dev" else float("nan")
        summary.append((config, sum(changes) / len(changes), sum(c > 0.01 for c in changes),
                        sum(c < -0.01 for c in changes), dev))
    print("== summary (ship rule: mean >= +0.015, at most a quarter of the sets down > 0.01, official gold not down > 0.01)")
    print(f"{'config (size:threshold:L2:min)':32} {'mean':>8} {'up':>3} {'down':>4} {'gold':>7}  ships")
    for config, mean, up, down, dev in summary:
        ok = mean >= 0.015 and down <= len(changes) / 4 and dev >= -0.01
        print(f"{config:32} {mean:+8.4f} {up:3} {down:4} {dev:+7.3f}  {'yes' if ok else 'no'}")


if __name__ == "__main__":
    main()
