"""Compare the scan's candidates with the extractor's finds. usage: compare.py SAMPLE.json"""
from __future__ import annotations

import collections
import json
import sys

from run_sample import HEAD_RE


def compare(data):
    misses, unexplained, hits = [], [], []
    for it in data["items"]:
        found, cands = it["found"], it["cands"]
        for c in cands:
            cs, ce = c[0], c[1]
            ok = any(f[2] < ce and cs < f[3] for f in found)
            (hits if ok else misses).append((it, c))
        for f in found:
            if not any(f[2] < c[1] and c[0] < f[3] for c in cands):
                unexplained.append((it, f))
    return misses, unexplained, hits


if __name__ == "__main__":
    data = json.load(open(sys.argv[1]))
    misses, unexplained, hits = compare(data)
    print("candidates", len(misses) + len(hits), "explained", len(hits), "missed", len(misses), "unexplained finds", len(unexplained))
    print("finds", sum(len(it["found"]) for it in data["items"]))
    by = collections.defaultdict(set)
    cnt = collections.Counter()
    for it, c in misses:
        h = HEAD_RE.search(c[2][-8:]).group(0) if HEAD_RE.search(c[2][-8:]) else "?"
        by[h].add(it["report"]); cnt[h] += 1
    for h, n in cnt.most_common(40):
        print(h, n, len(by[h]))
