"""Round 17d orgS: count 新的 + a name with an institution head on 200 random corpus reports (seed given), and whether the
organization dump found the name (usage: python scan_new_de.py SEED DUMP.jsonl)."""
from __future__ import annotations

import json
import re
import sys

HEAD = r"(?:集团|公司|银行|大学|学院|医院|研究院|研究所|协会|商会|联盟|联社|交易所)"
PAT = re.compile(r"(?:全新的|新的)((?:[^，。、；：“”（）\s的]{2,14}?" + HEAD + r")(?:、[^，。、；：“”（）\s的]{2,14}?" + HEAD + r")*)")


def main() -> None:
    dump = sys.argv[2]
    reports: set[str] = set()
    missed_reports: set[str] = set()
    n = 0
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            n += 1
            reports.add(d["r"])
            name = m.group(1)
            found = any(p in name or name in p for p in d["p"])
            if not found:
                missed_reports.add(d["r"])
            print("FOUND" if found else "MISSED", d["r"], m.group(0), d["p"], sep="\t")
    print(f"{n} hits in {len(reports)} of 200 reports; missed in {len(missed_reports)} reports")


if __name__ == "__main__":
    main()
