"""Round 23 progHC: count, over the 200 reports of a dump.py file (seed 2307), the reports with
 a) a list of >= 2 items (、) before 等…改革 (the shape _reform_lists reads; 等领域/方面改革 apart),
 b) such a list whose every item is a field word of kg/data/round23_reform_fields.txt (the fix's shape),
 c) a list of field words before 等…改革 of any kind, 等领域改革 included (fields listed as fields),
 d) a list of >= 2 items before 等…制度 / 等…机制 (not 改革), e) such a list whose every item is bare (no own head, no quotes).
usage: PYTHONPATH=$PWD python scan.py DUMP.jsonl"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.round23_fields import field_list

HAN = "\u4e00-\u9fff"
REFORM = re.compile(rf"等(?P<mid>[{HAN}]{{0,4}}?)(?:制度改革|体制改革|体制机制改革|改革)")
SYSTEM = re.compile(rf"等(?P<mid>[{HAN}]{{0,4}}?)(?:制度|机制)(?!改革)")
HEAD = re.compile(r"(?:改革|试点|建设|制度|体制|机制|制|监管|模式|工程|行动|管理|审批)$")
VERB = re.compile(r"^.*?(?:深化|推进|推动|加快|实施|开展|完善|健全|抓好|做好|统筹|坚持|启动|落实|完成|积极|扎实|稳妥|稳步|"
                  r"全面|大力|继续|进一步|着力|加大|建立|探索|深入|创新|推行|实行)+")


def items_before(t, m):
    cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？,;") + 1
    seg = VERB.sub("", t[cs:m.start()])
    if "、" not in seg:
        return None
    return [x for x in re.split(r"、|以及|和|及", seg) if x]


hits = defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "等" not in t:
        continue
    for m in REFORM.finditer(t):
        items = items_before(t, m)
        if not items:
            continue
        fieldmid = re.search("领域|方面", m.group("mid"))
        if field_list(items):
            hits["c"].add(d["r"])
        if not fieldmid:
            hits["a"].add(d["r"])
            if field_list(items):
                hits["b"].add(d["r"])
                print("b", d["r"], t[max(0, m.start() - 60):m.end()])
    for m in SYSTEM.finditer(t):
        items = items_before(t, m)
        if not items:
            continue
        hits["d"].add(d["r"])
        if all("“" not in x and not HEAD.search(x) for x in items):
            hits["e"].add(d["r"])
for k in "abcde":
    print(k, len(hits[k]), "reports of 200")
