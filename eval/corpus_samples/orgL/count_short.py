"""Round 15 orgL: short association names like 中足协 (dev15) on the 200 reports (seed 1503): 中/省/市/县/区 + one or two
characters + 协 (中足协, 省作协, 市科协; not 政协, a political body), not 协议/协调/协同/协作/协商/协会/协助/协管/协办/协力/协警.  usage: python count_short.py"""
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump import sample  # noqa: E402

PAT = re.compile(r"[中省市县区州](?!政)[\u4e00-\u9fff]{1,2}协(?![议调同作商会助管办力警定])")
reports, names = set(), collections.Counter()
for f in sample(1503):
    text = open(f, encoding="utf-8", errors="ignore").read()
    found = set(PAT.findall(text))
    if found:
        reports.add(f)
        names.update(found)
print(names.most_common(40))
print(f"{len(reports)} of 200 reports")
