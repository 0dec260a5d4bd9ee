"""Round 17d orgS: strings ending in a strict institution head (集团 银行 大学 研究院 研究所 联社 交易所 控股) in the 200
reports' sentences that no organization of the dump covers; prints the character before and the string, then counts by
the character before (usage: python scan_missed_heads.py DUMP.jsonl)."""
from __future__ import annotations

import collections
import json
import re
import sys

PAT = re.compile(r"(.)([\u4e00-\u9fffA-Za-z0-9]{2,10}?(?:集团|银行|大学|研究院|研究所|联社|交易所))")


def main() -> None:
    by = collections.Counter()
    rep = collections.defaultdict(set)
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            s = m.group(2)
            if any(s[-4:] in p or p in s for p in d["p"]):
                continue
            by[m.group(1)] += 1
            rep[m.group(1)].add(d["r"])
            print("HIT", m.group(1), s, d["r"], sep="\t")
    for k, v in by.most_common(30):
        print("CNT", k, v, len(rep[k]), sep="\t")


if __name__ == "__main__":
    main()
