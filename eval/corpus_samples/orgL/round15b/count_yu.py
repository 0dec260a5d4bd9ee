"""Round 15b orgL2: institution names with 与 inside (先进动力与储能电池技术创新中心, …氢能与燃料电池产业研究院) on the 200
reports of seed 1513, with what the dump found ending there. usage: count_yu.py DUMP.tsv [SEED]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
YU = re.compile(rf"[{H}A-Za-z]{{2,8}}与[{H}]{{2,10}}?(?:研究院|研究所|创新中心|技术中心|研究中心|实验室|学院|大学|中心|联盟|协会|集团|公司)")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    found.setdefault(tag, set()).add(f"{k}:{n}")
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1513
reps = set()
for f in sample(seed):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    for m in YU.finditer(text):
        tail = m.group(0).split("与", 1)[1]
        got = [n for n in found.get(tag, ()) if n.endswith(tail)]
        reps.add(tag)
        print(tag, "|", text[max(0, m.start() - 6):m.end() + 4].replace("\n", " "), "|", got)
print(len(reps), "reports")
