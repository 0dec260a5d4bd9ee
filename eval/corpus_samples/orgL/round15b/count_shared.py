"""Round 15b orgL2: bare list items sharing the institution head of the last item (碳纤维及复合材料、清洁能源材料技术创新中心)
on the 200 reports of seed 1513; prints each with what the extractor found in the report (dump file).
usage: count_shared.py DUMP.tsv [SEED]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
HEADS = "技术创新中心|制造业创新中心|产业创新中心|创新中心|重点实验室|实验室|工程技术研究中心|工程研究中心|技术研究院|研究院|标委会|工程中心|检验检测中心|检测中心"
SHARED = re.compile(rf"(?<=[，。；、：,]|推|建|设|动)(?P<items>(?:[{H}]{{2,10}}、)+)(?P<last>[{H}]{{2,12}}?)(?P<head>{HEADS})")
LEVEL = re.compile(r"^(?:省级|国家级|市级|国家|省|市|各类|一批|新建|建设|推动|加快|打造|支持|培育|组建)$")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    found.setdefault(tag, set()).add(n)
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1513
reps = set()
for f in sample(seed):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    for m in SHARED.finditer(text):
        items = m.group("items").rstrip("、").split("、")
        if any(re.search(rf"(?:{HEADS}|中心|院|所|公司|集团|大学|学院|医院|基地|平台|园)$", i) for i in items):
            continue  # items with heads of their own
        if any(LEVEL.match(i) for i in items):
            continue
        reps.add(tag)
        print(tag, "|", m.group(0), "|", [n for n in found.get(tag, ()) if n.endswith(m.group("head"))
                                          and any(n.startswith(i) or i in n for i in items)])
print(len(reps), "reports")
