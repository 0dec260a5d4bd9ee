"""Round 23 progHC: over all 2,941 corpus reports, how many have a list of field words (round23_fields.field_list) before
等…改革 with a plain head (the fix's shape) and with any head (等领域改革 included).
usage: PYTHONPATH=$PWD python scan_corpus.py"""
import glob
import re

from kg.extract.entities.round23_fields import field_list

HAN = "\u4e00-\u9fff"
AT = re.compile(rf"等(?P<mid>[{HAN}]{{0,4}}?)(?:制度改革|体制改革|体制机制改革|改革)")
VERB = re.compile(r"^.*?(?:深化|推进|推动|加快|实施|开展|完善|健全|抓好|做好|统筹|坚持|启动|落实|完成|积极|扎实|稳妥|稳步|"
                  r"全面|大力|继续|进一步|着力|加大|建立|探索|深入|创新|推行|实行)+")
plain, anyhead, files = set(), set(), glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")
for f in files:
    t = open(f, encoding="utf-8").read()
    for m in AT.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？,;\n") + 1
        seg = VERB.sub("", t[cs:m.start()])
        if "、" not in seg:
            continue
        if field_list([x for x in re.split(r"、|以及|和|及", seg) if x]):
            anyhead.add(f)
            if not re.search("领域|方面", m.group("mid")):
                plain.add(f)
print(len(files), "reports;", len(plain), "with a plain-head field list;", len(anyhead), "with a field list of any head")
