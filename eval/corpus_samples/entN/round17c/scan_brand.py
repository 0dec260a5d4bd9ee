"""Round 17c (progS): a region brand after a verb (建设健康镇江, 深化平安南昌建设 excluded: 建设 after it) in a dump.py file;
found or not. The region is the report's own (folder name without 市/省/自治区…).

usage: python scan_brand.py DUMP.jsonl [-v]
"""
import collections
import json
import re
import sys

BRAND = r"(健康|平安|法治|数字|智慧|文明|绿色|美丽|和谐|幸福|人文|书香|诚信|宜居|活力|生态|创新|开放|品质|魅力)"
reps, n, miss, ex = set(), 0, 0, collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    reg = d["r"].split("/")[1]
    short = re.sub(r"(市|省|壮族自治区|回族自治区|维吾尔自治区|自治区|地区|盟|.族自治州|自治州)$", "", reg)
    if len(short) < 2:
        continue
    for m in re.finditer(r"(?:建设|打造|推进|创建|构建|建成)" + BRAND + re.escape(short) + r"(?![市省人的建行工战])", d["t"]):
        nm = m.group(1) + short
        hit = any(p.startswith(nm) for p in d["p"])
        reps.add(d["r"])
        n += 1
        miss += not hit
        ex[("found " if hit else "MISS ") + nm] += 1
        if "-v" in sys.argv:
            print("found" if hit else "MISS", nm, "|", d["t"][max(0, m.start() - 20):m.end() + 15], "|", d["r"])
print(f"{len(reps)} reports, {n} cases, {miss} missed")

# the fix's narrower structure: the campaign brands only, the region ending at a stop
NARROW = r"(?:建设|打造|创建|构建|推进)((?:健康|平安|法治|数字|智慧|文明|绿色|美丽|和谐|诚信|书香)"
r3, c3 = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    reg = d["r"].split("/")[1]
    short = re.sub(r"(市|省|壮族自治区|回族自治区|维吾尔自治区|自治区|地区|盟|.族自治州|自治州)$", "", reg)
    if len(short) < 2:
        continue
    for m in re.finditer(NARROW + re.escape(short) + r")(?=[，。；！]|$)", d["t"]):
        r3.add(d["r"])
        c3 += 1
print(f"campaign brands ending at a stop: {len(r3)} reports, {c3} cases")
