"""Round 15 orgL: responsible units in brackets (（市住建局、市交通局、市轨道集团）, dev15) on the 200 reports (seed 1503):
a bracket holding a 、-list of units named by their level (市/区/县/省/州 + name).  usage: python count_bracket.py"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump import sample  # noqa: E402

PAT = re.compile(r"（((?:[市区县省州][\u4e00-\u9fff]{1,12}、)+[市区县省州][\u4e00-\u9fff]{1,12})）")
reports = {}
for f in sample(1503):
    text = open(f, encoding="utf-8", errors="ignore").read()
    found = PAT.findall(text)
    if found:
        reports["/".join(f.split("/")[-2:])] = found[:3]
for k, v in reports.items():
    print(k, v)
print(f"{len(reports)} of 200 reports")
