"""Round 21 (projDB): a road lost in a 、 list beside a found road with another road head (dev23's
`沿河西路（中转库）、本业大道、红星南路等3条城区道路…`: 本业大道 lost between 沿河西路 and 红星南路; round 20b's same-head test
takes 兴业大道 beside 建国大道, not a 大道 beside a 路).

usage: python scan_road_peers.py DUMP.jsonl -> report, lost item, found neighbour, clause
"""
from __future__ import annotations

import json
import re
import sys

ROAD = re.compile(r"(?:大道|大街|大路|路|街)$")
ITEM = re.compile(r"^[\u4e00-\u9fff0-9]{2,10}$")


def main() -> None:
    reps: set[str] = set()
    n = 0
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        found = set(d["p"])
        for clause in re.split(r"[，。；：！？,;:]", d["t"]):
            items = [re.sub(r"（[^）]*）", "", x) for x in clause.split("、")]
            if len(items) < 2:
                continue
            for k, x in enumerate(items):
                x = x.split("等")[0]
                m = ROAD.search(x)
                if not m or x in found or any(x in f or x.endswith(f) for f in found):
                    continue
                # the bare item: for the first item, the tail after a verb is not cut here (printed whole)
                if not ITEM.match(x) and k > 0:
                    continue
                for j in (k - 1, k + 1):
                    if 0 <= j < len(items):
                        y = items[j].split("等")[0]
                        yy = next((f for f in found if y.endswith(f) or f == y), None)
                        if yy and ROAD.search(yy) and ROAD.search(yy).group(0) != m.group(0):
                            print(f"{d['r']}\t{x}\t{yy}\t{clause}")
                            reps.add(d["r"])
                            n += 1
                            break
    print(f"# {n} items in {len(reps)} reports")


if __name__ == "__main__":
    main()
