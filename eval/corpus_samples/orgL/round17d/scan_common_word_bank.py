"""Round 17d orgS: a bank, group or university named by one common word (建设银行 农业银行 工商银行 交通银行 进出口银行
农业发展银行 开发银行 …): every string of a common-word modifier + 银行 in the 200 reports, and whether the dump found it
(usage: python scan_common_word_bank.py DUMP.jsonl)."""
from __future__ import annotations

import collections
import json
import re
import sys

PAT = re.compile(r"(?<![\u4e00-\u9fff])?([\u4e00-\u9fff]{0,4}(?:建设|农业|工商|交通|进出口|农业发展|开发|邮政储蓄|储蓄)银行)")


def main() -> None:
    found = collections.Counter()
    missed = collections.Counter()
    rep_m: set[str] = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            s = m.group(1)
            ok = any(s.endswith(p) or p.endswith(s[-4:]) for p in d["p"])
            (found if ok else missed)[s] += 1
            if not ok:
                rep_m.add(d["r"])
                print("MISSED", d["r"], s, d["t"][max(0, m.start() - 25): m.end() + 15], sep="\t")
    print("found:", dict(found.most_common()))
    print("missed:", dict(missed.most_common()))
    print(f"missed {sum(missed.values())} in {len(rep_m)} of 200 reports")


if __name__ == "__main__":
    main()
