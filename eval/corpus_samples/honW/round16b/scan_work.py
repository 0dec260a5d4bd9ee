"""Round 16b (honP): reports of a dump (hdump.py) where an honor's subject is a piece of work with no name (…工作, 经验,
做法, N项成果) and the recipient was the reporting unit. usage: scan_work.py DUMP.jsonl [show]"""
import json
import re
import sys

TR = re.compile(r"荣获|获评|获得|被评为|被命名为|被授予|入选|获批|成功创建|创成|认定为|荣膺|评为|命名为|摘得|喜获|斩获|获|跻身|入围|成为|纳入|列入|列为|授予|蝉联|上榜|荣登")
reps, n = set(), 0
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = d["t"]
    for h, r in d["h"]:
        if r:
            continue
        k = t.find(h)
        if k < 0:
            continue
        j = max(t.rfind(c, 0, k) for c in "，。；：")
        clause = t[j + 1:k]
        m = TR.search(clause)
        if m and re.search(r"(?:工作|经验|做法|成果)[^，。；]{0,6}$", clause[:m.start()]):
            reps.add(d["r"])
            n += 1
            if len(sys.argv) > 2:
                print(d["r"][-20:], h, "|", clause[-60:])
print(n, "honors in", len(reps), "reports")
