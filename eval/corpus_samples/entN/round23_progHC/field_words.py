"""Round 23 progHC: the field words of the corpus — items of lists written before 等(重点|关键|各)领域改革 (the lists the
corpus itself calls fields), 2-6 characters, bare (no 制度/体制/机制/改革/试点… head, no quotes), counted over all 2,941
reports; prints word<TAB>count for words seen >= MIN times (default 5).
usage: python field_words.py [MIN]"""
import glob
import re
import sys
from collections import Counter

HAN = "\u4e00-\u9fff"
MIN = int(sys.argv[1]) if len(sys.argv) > 1 else 5
AT = re.compile(r"等(?:重点|关键|各|重要|主要|其他)?领域(?:的)?(?:改革|体制改革|综合改革)")
HEAD = re.compile(r"(?:改革|试点|建设|制度|体制|机制|制|监管|模式|工程|行动|管理|审批|登记|服务)$")
c = Counter()
for f in glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"):
    t = open(f, encoding="utf-8").read()
    for m in AT.finditer(t):
        cs = max(t.rfind(x, 0, m.start()) for x in "，。；：！？\n,;") + 1
        seg = t[cs:m.start()]
        if "、" not in seg:
            continue
        items = re.split(r"、|以及|和|及", seg)[1:]  # the first item carries the verb
        for it in items:
            if re.fullmatch(rf"[{HAN}]{{2,6}}", it) and not HEAD.search(it):
                c[it] += 1
for w, n in c.most_common():
    if n >= MIN:
        print(f"{w}\t{n}")
