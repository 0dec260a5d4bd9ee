"""Round 15b orgL2: candidate institution head words missing from kg/data/entity_heads.txt, on the 200 reports of seed 1513
(reports naming one: 2-12 Han characters before the word). usage: count_heads.py DUMP.tsv [SEED]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
WORDS = ["设计院", "设计研究院", "标委会", "标准化技术委员会", "设计院", "规划院", "科研院", "勘察院", "农科院", "研究会", "促进会"]
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    found.setdefault(tag, set()).add(n)
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1513
for w in dict.fromkeys(WORDS):
    reps, missed = set(), []
    pat = re.compile(rf"[{H}]{{2,12}}{w}")
    for f in sample(seed):
        tag = "/".join(f.split("/")[-3:])
        text = open(f, encoding="utf-8", errors="ignore").read()
        for m in pat.finditer(text):
            reps.add(tag)
            if not any(n.endswith(w) for n in found.get(tag, ())):
                missed.append(f"{tag.split('/')[1]}:{m.group(0)}")
    print(w, len(reps), "reports;", len(missed), "without a found name ending so:", missed[:8])
