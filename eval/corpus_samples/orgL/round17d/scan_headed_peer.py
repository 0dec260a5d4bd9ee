"""Round 17d orgS: a list item with a strict institution head (大学 银行 集团 研究院 学院 医院 公司) missed while another
item of the same 、-list was found as an organization (usage: python scan_headed_peer.py DUMP.jsonl)."""
from __future__ import annotations

import json
import re
import sys

SEG = re.compile(r"[^，。；：“”！？]+")
HEAD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()]{2,14}(?:大学|银行|集团|研究院|学院|医院|公司)$")


def main() -> None:
    reports: set[str] = set()
    n = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        if not d["p"]:
            continue
        for seg in SEG.findall(d["t"]):
            items = seg.split("、")
            if len(items) < 2:
                continue
            hit = [x for x in items if any(p == x or x.endswith(p) for p in d["p"])]
            if not hit:
                continue
            for x in items:
                x2 = re.sub(r"(等.*|在.*|开展.*|建设.*|的.*)$", "", x)
                if HEAD.match(x2) and not any(p in x2 for p in d["p"]) and x not in hit:
                    n += 1
                    reports.add(d["r"])
                    print(d["r"], x2, seg, sep="\t")
    print(f"{n} in {len(reports)} of 200 reports")


if __name__ == "__main__":
    main()
