"""Round 17d orgS: a name with a strict institution head right before 的 (山西大学的三个学科, 鞍钢集团的产能), after a clause
start, 、, or a verb-free start, not covered by any organization of the dump (usage: python scan_possessive.py DUMP.jsonl)."""
from __future__ import annotations

import json
import re
import sys

PAT = re.compile(r"(^|[，。；、：“（])([\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:集团|银行|大学|学院|研究院|研究所|联社|交易所|公司|医院))的")


def main() -> None:
    reports: set[str] = set()
    n = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            s = m.group(2)
            if any(s in p or p in s for p in d["p"]):
                continue
            n += 1
            reports.add(d["r"])
            print(d["r"], s, d["t"][max(0, m.start() - 20): m.end() + 20], sep="\t")
    print(f"{n} in {len(reports)} of 200 reports")


if __name__ == "__main__":
    main()
