"""Round 15 orgL: institutions named in 发挥…的作用 (中国空间技术研究院南平军民融合产业发展中心, dev15) on the 200 reports
(seed 1503), and whether the extractor (dump file given) finds them.  usage: python count_fahui.py DUMP.tsv"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump import sample  # noqa: E402

PAT = re.compile(r"发挥(?:好|了)?([^，。；、]{4,40}?(?:中心|研究院|集团|公司|大学|学院|协会|联盟|商会|银行|研究所|实验室))"
                 r"(?:等[^，。；]{0,10})?(?:的)?(?:作用|优势|功能)")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    t, k, n = line.rstrip("\n").split("\t")
    found.setdefault(t, set()).add(n)
reports = set()
for f in sample(1503):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    for m in PAT.finditer(text):
        reports.add(tag)
        near = [n for n in found.get(tag, set()) if n in m.group(1) or m.group(1) in n]
        print(m.group(1), "|", near, "|", tag)
print(f"{len(reports)} of 200 reports")
