"""Round 19 honAA: honours read after a first or superlative (首个, 首家, 唯一, 最大, 第N个 …) between the trigger and the title.
usage: python scan_first.py DUMP.jsonl"""
import json
import re
import sys

FIRST = re.compile(r"首个|首家|首座|唯一|最大|最早|第[一二三四五六七八九十\d]+[个家座位]|率先|一流")
reps = set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = re.sub(r"[“”]", "", d["t"])
    for h, r in d["h"]:
        i = t.find(h[2:8]) if len(h) > 8 else t.find(h)
        if i < 0:
            continue
        j = max(t.rfind(c, 0, i) for c in "，。；") + 1
        pre = t[j:i]
        m = re.search(r"(成为|入选|获批|荣获|获评|被评为|列为|跻身)(.*)$", pre)
        if m and FIRST.search(m.group(2)):
            reps.add(d["r"])
            print(d["r"].split("/", 1)[1], "|", h, "|", r, "|", t[j:i + len(h) + 8])
print(len(reps), "reports")
