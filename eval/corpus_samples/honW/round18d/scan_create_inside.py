"""Round 18d (honX): titles with 创建 inside (`被评为全国创建文明城市工作先进城市`, `荣获全国创建幸福家庭活动示范市`,
`成为全国首批法治城市创建活动先进市`, `获评全国“四好农村路”市域示范创建突出单位`): the honour lexicon's stop word 创建 cuts the
title there unless what follows is one of the forms round 16/17 let through. Counts, on a ../hdump.py dump, the sentences
where a trigger (no goal word before it) is followed in its clause by a scoped phrase holding 创建 and ending with an honour
head, and whether the dump holds that whole title.

usage: PYTHONPATH=$PWD python scan_create_inside.py DUMP.jsonl
"""
import json
import re
import sys

T = re.compile(r"(?:荣获|获评|被评为|被命名为|被确定为|被认定为|入选|成为|获批|获得|获|跻身|列入|纳入|蝉联|荣膺|评为|被授予)"
               r"(?P<t>(?:全国|国家级?|全省|省级?|自治区级?|中国)[^，。；、]{0,14}创建[^，。；、]{2,16}?"
               r"(?:城市|市|县|区|单位|集体|名单|示范区|试点|基地|企业|先进|典型)[”]?)(?=称号|[，。；、]|$)")
GOAL = re.compile(r"争|确保|积极|推进|申报|力争|努力|将|计划")
norm = lambda x: re.sub(r"[“”‘’\s]|首批|第[一二三四五六七八九十\d]+批", "", x)  # noqa: E731
occ, miss = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r.get("p") == "plan":
        continue
    for m in T.finditer(r["t"]):
        if GOAL.search(r["t"][max(0, m.start() - 6):m.start()]):
            continue
        got = any(norm(h[0]) == norm(m.group("t")) for h in r["h"])
        occ.add(r["r"])
        if not got:
            miss.add(r["r"])
        print("OK  " if got else "MISS", r["r"].split("/")[1] + r["r"][-8:-4], m.group(0), "|", [h[0] for h in r["h"]][:4])
print(f"a title with 创建 inside after a trigger: {len(occ)} reports; not read whole in {len(miss)}")
