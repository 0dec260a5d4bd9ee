"""Round 21 (projDB): a list whose later items are completed with a shared part while one item stays bare
(dev23's 实施辰溪、溆浦、麻阳、洪江区等县城防洪项目建设 -> 辰溪, 溆浦县城防洪, 麻阳县城防洪, 洪江区县城防洪).

usage: python scan_bare_first.py DUMP.jsonl -> report, bare item, completed peers, sentence
"""
from __future__ import annotations

import json
import sys


def main() -> None:
    reps: set[str] = set()
    n = 0
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        t = d["t"].replace(" ", "")
        names = [p.replace(" ", "") for p in d["p"]]
        done = [p for p in names if p not in t]
        for bare in names:
            if bare in done or t.find(bare + "、") < 0:
                continue
            # completed peers: item + the same added tail, the item written right after bare's 、
            after = t[t.find(bare + "、") + len(bare) + 1:]
            peers = [p for p in done if any(after.startswith(p[:k]) and len(p) - k >= 2 for k in range(2, len(p) - 1))]
            if not peers:
                continue
            tails = {p[k:] for p in peers for k in range(2, len(p) - 1) if after.startswith(p[:k])}
            if any(bare.endswith(x) for x in tails):
                continue
            print(f"{d['r']}\t{bare}\t{' | '.join(peers)}\t{t[:160]}")
            reps.add(d["r"])
            n += 1
    print(f"# {n} bare items in {len(reps)} reports")


if __name__ == "__main__":
    main()
