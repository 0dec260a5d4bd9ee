"""Round 17b orgR (left alone): lists after 组建/整合/成立 whose last item has an institution head and earlier items none
(整合组建新的广物控股、铁投、广新控股集团), with what the extractor finds.

usage: python scan_formed_list.py DUMP.jsonl
"""
import json
import re
import sys

L = re.compile(r"(?:组建|整合组建|组建了|重组|成立)(?:新的)?([\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+"
               r"(?:集团|控股集团|公司|集团公司|银行))")
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in L.finditer(d["t"]):
        print(d["r"], "|", m.group(0), "|", d["p"])
        reps.add(d["r"])
        n += 1
print(n, "lists in", len(reps), "reports")
