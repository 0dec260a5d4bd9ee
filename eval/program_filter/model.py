"""Logistic regression in pure Python (full-batch gradient descent with Adagrad steps and an L2 penalty) and the
`kg eval` program score of a filtered candidate list (issue #4, round progML)."""

from __future__ import annotations

import math
from collections import Counter

from features import features, probability, region_stem

MIN_COUNT = 3  # a feature seen in fewer training names gets no weight
L2 = 1.0
EPOCHS = 300
RATE = 0.5


def featurize(data: list[dict], groups: tuple[str, ...]) -> list[list[tuple[list[str], int]]]:
    """Per file: (features, label) of each candidate."""
    out = []
    for f in data:
        stem = region_stem(f["region"])
        out.append([(features(c["name"], [tuple(m) for m in c["mentions"]], c["other_kind"], stem, groups),
                     c["label"]) for c in f["candidates"]])
    return out


def train(rows: list[tuple[list[str], int]], l2: float | None = None, min_count: int | None = None) -> dict[str, float]:
    l2 = L2 if l2 is None else l2
    min_count = MIN_COUNT if min_count is None else min_count
    counts = Counter(x for feats, _ in rows for x in feats)
    vocab = sorted(x for x, n in counts.items() if n >= min_count or x == "bias")
    index = {x: i for i, x in enumerate(vocab)}
    X = [[index[x] for x in feats if x in index] for feats, _ in rows]
    y = [label for _, label in rows]
    w = [0.0] * len(vocab)
    g2 = [1e-8] * len(vocab)
    n = len(X)
    bias = index["bias"]
    for _ in range(EPOCHS):
        grad = [0.0] * len(vocab)
        for xi, yi in zip(X, y, strict=True):
            z = sum(w[j] for j in xi)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - yi
            for j in xi:
                grad[j] += d
        for j in range(len(vocab)):
            gj = grad[j] / n + (0.0 if j == bias else l2 * w[j] / n)
            g2[j] += gj * gj
            w[j] -= RATE * gj / math.sqrt(g2[j])
    return {x: round(w[i], 6) for i, x in enumerate(vocab)}


def prf(pred: int, gold: int, tp: int) -> float:
    """F1 of one file as kg.evaluate.PRF computes it."""
    p = (1.0 if gold == 0 else 0.0) if pred == 0 else tp / pred
    r = 1.0 if gold == 0 else tp / gold
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def file_f1(f: dict, keep: list[bool] | None = None) -> float:
    cands = f["candidates"] if keep is None else [c for c, k in zip(f["candidates"], keep, strict=True) if k]
    extra = f.get("extra", [])  # program names of honor recipients: no find of the filter's
    gold = set(f["gold"])
    return prf(len(cands) + len(extra), len(gold), sum(c["label"] for c in cands) + sum(k in gold for k in extra))


def macro(files: list[dict], keeps: list[list[bool]] | None = None) -> float:
    if not files:
        return 0.0
    return sum(file_f1(f, None if keeps is None else k) for f, k in zip(files, keeps or [None] * len(files), strict=True)) / len(files)


def probs(weights: dict[str, float], rows: list[tuple[list[str], int]]) -> list[float]:
    return [probability(weights, feats) for feats, _ in rows]


THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 14)]  # 0.05 … 0.65


def choose_threshold(files: list[dict], file_probs: list[list[float]]) -> float:
    """The threshold with the best mean per-file F1 over the given (training) files; ties go to the lowest."""
    best, best_t = -1.0, 0.0
    for t in [0.0] + THRESHOLDS:
        score = macro(files, [[p >= t for p in ps] for ps in file_probs])
        if score > best + 1e-12:
            best, best_t = score, t
    return best_t


def half_f1_threshold(files: list[dict]) -> float:
    """Drop a name when its probability is below half the files' F1: the expected-F1 break-even of one drop."""
    return round(macro(files) / 2, 2)


def inner_threshold(data: list[dict], feats: list, idx: list[int], l2: float, min_count: int, folds: int = 4) -> float:
    """The threshold chosen on out-of-fold probabilities of the training files (folds of whole sets)."""
    sets = sorted({data[i]["set"] for i in idx})
    fold_of = {s: k % folds for k, s in enumerate(sets)}
    oof: dict[int, list[float]] = {}
    for k in range(folds):
        tr = [i for i in idx if fold_of[data[i]["set"]] != k]
        te = [i for i in idx if fold_of[data[i]["set"]] == k]
        w = train([r for i in tr for r in feats[i]], l2, min_count)
        for i in te:
            oof[i] = probs(w, feats[i])
    return choose_threshold([data[i] for i in idx], [oof[i] for i in idx])
