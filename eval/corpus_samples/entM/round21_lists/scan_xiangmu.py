"""Round 21 (projDB): found project names that keep 项目 after a works or facility word (dev23's 粤西天然气主干管网茂名至阳江干线项目,
博贺新港至高新区长输管线项目, 华谊一期工业气体岛项目, 恒逸化工化纤一体化项目).

usage: python scan_xiangmu.py DUMP.jsonl  (a dump of ../../entN/round15/dump.py SEED 200 OUT project)
Prints, by the last two characters before 项目, the names and the number of reports; then the line-like heads (…线项目,
…管网项目, …管道项目) apart.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

LINE = re.compile(r"(?:干线|支线|管线|管网|线路|输电线|通道|管廊|干渠|渠道|岛)项目$")


def main() -> None:
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    line: list[tuple[str, str]] = []
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        for n in d["p"]:
            if n.endswith("项目") and len(n) > 4:
                by[n[-4:-2]].append((d["r"], n))
                if LINE.search(n):
                    line.append((d["r"], n))
    rows = sorted(by.items(), key=lambda kv: -len({r for r, _ in kv[1]}))
    total = {r for v in by.values() for r, _ in v}
    print(f"names ending in 项目: {sum(len(v) for v in by.values())} in {len(total)} reports")
    for k, v in rows:
        print(f"{k}\t{len(v)}\t{len({r for r, _ in v})}\t" + " | ".join(n for _, n in v[:8]))
    print(f"\nline-like heads before 项目: {len(line)} in {len({r for r, _ in line})} reports")
    for r, n in line:
        print(f"{r}\t{n}")


if __name__ == "__main__":
    main()
