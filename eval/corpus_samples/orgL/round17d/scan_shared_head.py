"""Round 17d orgS: lists whose last item carries an institution head and whose earlier items are bare short names
(广物控股、铁投、广新控股集团; 夏河、碌曲医联体): count the earlier items not found as organizations in a dump.
usage: python scan_shared_head.py DUMP.jsonl"""
from __future__ import annotations

import json
import re
import sys

HEAD = r"(?:控股集团|集团|公司|银行|大学|学院|医院|研究院|研究所|协会|商会|联盟|联社|医联体|医共体|标委会|实验室)"
ITEM = r"[\u4e00-\u9fff]{2,6}"
PAT = re.compile(r"((?:" + ITEM + r"、)+" + ITEM + r"(?:和|及|与)?" + r"[\u4e00-\u9fff]{1,8}?" + HEAD + r")")
HEADRE = re.compile(HEAD + "$")


def main() -> None:
    reports: set[str] = set()
    n = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            items = m.group(1).split("、")
            first = items[:-1]
            if any(HEADRE.search(x) for x in first):
                continue
            miss = [x for x in first if not any(x in p for p in d["p"])]
            if not miss:
                continue
            n += 1
            reports.add(d["r"])
            print(d["r"], m.group(1), "|".join(miss), d["p"], sep="\t")
    print(f"{n} lists in {len(reports)} of 200 reports")


if __name__ == "__main__":
    main()
