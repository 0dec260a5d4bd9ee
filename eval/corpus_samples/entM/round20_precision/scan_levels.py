"""Round 20 (projBC): count project finds named by administrative levels only (市县图书馆, 乡镇卫生院, 市县乡村四级…中心,
市区两级疾控中心, 社区卫生服务中心) and reduplicated goals (县县通高铁, 村村通), per report, on a dump.py file.

usage: python scan_levels.py DUMP.jsonl
"""
import json
import re
import sys
from collections import defaultdict

L = r"(?:省|市|县|区|乡|镇|村|社区|街道)"
MULTI = re.compile(rf"^{L}(?:[、和]?{L}){{1,4}}(?:[一二两三四五]级)?|^{L}[一二两三四五]?级")
COMMUNITY = re.compile(r"^(?:社区|村|城乡社区|基层)(?=.{2})")
REDUP = re.compile(r"^(.)\1通")

hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        m = MULTI.match(p)
        tag = None
        if m and not re.match(r"^(?:市区|省市|乡村)(?![一二两三四五]?级)", p):
            tag = "multi"
        elif COMMUNITY.match(p):
            tag = "community"
        elif REDUP.match(p):
            tag = "redup"
        if tag:
            hits[tag].append((d["r"], p, d["t"][:90]))
for tag, xs in hits.items():
    print(f"== {tag}: {len(xs)} finds in {len({r for r, _, _ in xs})} reports")
    for r, p, t in xs:
        print(r.split("/")[1], r.split("/")[2], p, "|", t)
