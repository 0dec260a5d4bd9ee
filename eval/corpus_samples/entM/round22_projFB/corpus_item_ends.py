"""Round 22 (projFB): which words end the items of `A、B、C(等…)? + completion verb` lists over the whole corpus
(to choose the building heads of kg/data/round22_building_heads.txt by frequency, not from a gold file).

usage: python corpus_item_ends.py > corpus_item_ends.txt   (counts of the last 2 and 3 characters of every item, in reports)
"""
import collections
import glob
import re

DONE = re.compile(r"((?:[^，。；：、等]{2,16}、){1,8}[^，。；：、等]{2,16})(?:等[^，。；]{0,30})?"
                  r"(?:相继|先后|陆续|均|已|正式|顺利|全面|如期|按期|年内)*"
                  r"(?:建成投用|建成投运|建成运营|建成开放|建成使用|建成启用|投入使用|投入运营|建成营业|竣工投用|落成开放|开馆|开园|开业|启用)")
c2, c3 = collections.Counter(), collections.Counter()
for f in glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"):
    t = open(f, encoding="utf-8").read()
    e2, e3 = set(), set()
    for m in DONE.finditer(t):
        for it in m.group(1).split("、"):
            e2.add(it[-2:])
            e3.add(it[-3:])
    c2.update(e2)
    c3.update(e3)
print("# last 2 characters (reports)")
for k, v in c2.most_common(150):
    print(v, k)
print("# last 3 characters (reports)")
for k, v in c3.most_common(100):
    print(v, k)
