"""Round 24 (progJA): regional cooperation named by its regions before 合作 (宁淮合作, 京银合作, 长江中游城市群合作,
川滇藏青甘交界地区合作) in a dump.py file of 200 random corpus reports: each occurrence, and whether a program covers it.

usage: PYTHONPATH=$PWD python scan_coop.py DUMP.jsonl
The region test is the extractor's own (_integration_places of round 9's 协作 rule, _city_chain).
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.programs import _city_chain, _integration_places

REGION_TAIL = r"(?:交界地区|地区|区域|城市群|经济圈|经济区|经济带|两岸|流域)?"
rx = re.compile(rf"(?<![与同和跟对])(?P<places>[\u4e00-\u9fff]{{2,12}}?)(?P<tail>{REGION_TAIL})(?P<head>合作)(?![\u4e00-\u9fff]{{0,2}}(?:区|园|社|中心|组织|医疗|办学|项目|协议|框架|机制|平台))")
reps, found, missed = set(), 0, defaultdict(list)
seen = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for i in [m.start() for m in re.finditer("合作", t)]:
        hit = None
        for st in range(max(0, i - 14), i - 1):
            seg = t[st:i]
            m = re.fullmatch(rf"(?P<places>[\u4e00-\u9fff]{{2,12}}?)(?P<tail>{REGION_TAIL})", seg)
            if not m or t[st - 1:st] in "与同和跟对" and st > 0:
                continue
            p, tail = m.group("places"), m.group("tail")
            if (tail and _city_chain(p) >= 1 and not re.search(r"[省市区县]", p)) or _integration_places(p):
                hit = t[st:i + 2]
                break
        if hit:
            seen += 1
            reps.add(d["r"])
            ok = any(hit in x or x in hit for x in d["p"]) and any(x.endswith("合作") for x in d["p"])
            found += ok
            print(("FOUND" if ok else "MISS"), d["r"], hit, "|", t[max(0, t.find(hit) - 20):t.find(hit) + len(hit) + 10], sep="\t")
print(f"{seen} occurrences in {len(reps)} reports; found {found}", file=sys.stderr)
