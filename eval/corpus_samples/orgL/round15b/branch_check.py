"""Round 15b orgL2: each branch mention (…院/所/大学/中心/医院 + place + 分院/分校/分中心/分所/分行) of the 200 reports,
with what the dump (dump.py output) found ending in that branch. usage: branch_check.py DUMP.tsv [SEED]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
BR = re.compile(rf"(?:研究院|科学院|院|研究所|所|大学|学院|中心|医院|银行)(?P<p>[{H}]{{2,3}})(?P<b>分院|分校|分中心|分所|分行)")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    found.setdefault(tag, []).append((k, n))
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1513
rep = hit = 0
for f in sample(seed):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    ms = list(BR.finditer(text))
    if not ms:
        continue
    rep += 1
    for m in ms:
        tail = m.group("p") + m.group("b")
        got = [f"{k}:{n}" for k, n in found.get(tag, []) if n.endswith(tail)]
        hit += bool(got)
        print(tag, "|", text[max(0, m.start() - 18):m.end() + 5].replace("\n", " "), "|", got)
print(rep, "reports;", hit, "mentions found")
