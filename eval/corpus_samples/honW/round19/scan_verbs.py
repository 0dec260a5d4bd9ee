"""Round 19 honAA: rarer award verbs on the 200 reports (all sentences, not only the dump's): reports with the verb before a
scoped title, and how many of those sentences have no honour.  usage: python scan_verbs.py DUMP.jsonl"""
import collections
import glob
import json
import random
import re
import sys

from kg.extract.entities import find_honors
from kg.read import read_document
from kg.structure import structure_report
from pathlib import Path

CORPUS = "/tmp/govkg-corpus/reports"
V = ["入列", "问鼎", "摘得", "夺得", "捧得", "捧回", "获颁", "荣登", "晋级", "当选", "授牌", "挂牌", "被批准为", "被确定为", "被认定为",
     "被纳入", "列入", "纳入", "被表彰为", "获称", "赢得", "摘取", "喜获", "斩获", "荣膺", "评定为", "被批准设立", "升级为", "升格为", "晋升为",
     "获准", "获授", "获得了", "通过", "跻身", "入围", "上榜", "进入"]
SCOPE = r"(?:[^，。；]{0,6}?)(?:全国|国家|中国|全省|省级?|自治区级?|世界|国际|首批|“)"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
pick = sorted(random.Random(int(sys.argv[1])).sample(files, 200))
hit, miss = collections.defaultdict(set), collections.defaultdict(set)
ex = collections.defaultdict(list)
for f in pick:
    rep = structure_report(read_document(Path(f)))
    found = {h.sentence for h in find_honors(rep)}
    for i, s in enumerate(rep.sentences):
        for v in V:
            for m in re.finditer(v + SCOPE, s.text):
                hit[v].add(f)
                if i not in found:
                    miss[v].add(f)
                    ex[v].append(f.split("/")[-2] + " " + s.text[max(0, m.start() - 20):m.end() + 25])
for v in V:
    print(v, len(hit[v]), len(miss[v]))
    for e in ex[v][:6]:
        print("   ", e)
