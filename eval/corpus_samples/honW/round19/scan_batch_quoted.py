"""Round 19 honAA: a trigger, then a scope and a batch word (首批, 第N批) before a quoted title: is the quoted title read?
usage: python scan_batch_quoted.py DUMP.jsonl"""
import json
import re
import sys

PAT = re.compile(r"(荣获|获评|被评为|被命名为|被授予|入选|获批|成为|列为|列入|上榜|荣膺|评为|认定为|获得)"
                 r"([^，。；“”]{0,8}?(?:首批|第[一二三四五六七八九十\d]+批|新一批))“([^”]{2,30})”")
reports, missed = set(), set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        q = m.group(3)
        hit = [h for h, r in d["h"] if q.replace("“", "")[:4] in h]
        reports.add(d["r"])
        if not hit:
            missed.add(d["r"])
        print("READ " if hit else "MISS ", d["r"].split("/", 1)[1], m.group(0), hit)
print(len(reports), "reports with the frame;", len(missed), "with a quoted title missed")
