"""Round 18d (honX): frame C of dev19's README, a list item after a comma (`荣获中国质量魅力城市、国家社会信用体系建设示范市，
全国“七五”普法中期先进城市`): in a ../hdump.py dump, a clause right after a clause with an honour read, with no verb, that
opens with a scope (全国/国家/中国/省级/全省/…) and ends with an honour head, and no title read inside it.

usage: PYTHONPATH=$PWD python scan_comma_item.py DUMP.jsonl [loose]   (loose: any clause, not only scope-led)
"""
import json
import re
import sys

SCOPE = re.compile(r"[“]?(?:全国|国家级?|中国|省级|全省|自治区|世界|国际|首批)")
HEAD = re.compile(r"(?:城市|城|市|县|区|示范区|试验区|试点|基地|单位|集体|示范县|示范市|园区|景区|企业|之乡|之都|先进县|强县|乡镇|村|小镇)[”]?"
                  r"(?:称号|等(?:称号|荣誉)?)?$")
VERB = re.compile(r"荣获|获评|被|获得|入选|获批|成为|建设|推进|实施|开展|完成|实现|加快|打造|创建|获|增长|达到|列入|纳入|通过")
occ, miss = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if not r["h"]:
        continue
    t = r["t"]
    spans = [m.span() for m in re.finditer(r"[^，；。]+", t)]
    for k in range(1, len(spans)):
        a, b = spans[k]
        c = t[a:b]
        pa, pb = spans[k - 1]
        if t[pb:pb + 1] != "，" or not (SCOPE.match(c) or len(sys.argv) > 2) or not HEAD.search(c) or VERB.search(c) or len(c) > 30:
            continue
        prev_read = any(h[0][:4] in t[pa:pb] for h in r["h"])
        if not prev_read:
            continue
        got = any(h[0][:4] in c for h in r["h"])
        occ.add(r["r"])
        if not got:
            miss.add(r["r"])
        print("READ" if got else "MISS", r["r"].split("/")[1] + r["r"][-8:-4], "|", t[pa:pb][-30:], "，", c, "|", r["h"])
print(f"frame C (scope-led title clause after an honour clause): {len(occ)} reports; not read in {len(miss)}")
