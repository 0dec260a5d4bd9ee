"""Round 15b (projZ2): count, on the 200 random reports of seed 1511, the structures of dev16's project work list.
usage: scan_shared_head.py [SEED]"""
import glob
import random
import re
import sys
from collections import defaultdict

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1511
files = random.Random(seed).sample(sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")), 200)
H = r"[\u4e00-\u9fff]"
ROUTE = r"(?:城际铁路|高速公路|高速铁路|高速|铁路|高铁|城际)"
PATTERNS = {
    # 1. short abbreviations before one shared route head, no 等: 德大、邯济铁路, 杭甬、甬台温城际铁路
    "abbr_route": re.compile(rf"(?<![\u4e00-\u9fff])((?:(?!等){H}){{2,3}}(?:、(?:(?!等){H}){{2,3}})+){ROUTE}"),
    # 2. 和/及 inside a list of short items closed by 等 + works head: 龙井湾和戈林等水库
    "and_in_works_list": re.compile(rf"、{H}{{2,4}}(?:和|及){H}{{2,4}}等(?:[0-9一二三四五六七八九十]+[座个条处])?(?:水库|电站|机场|大桥|码头|隧道|公园|高速公路|高速|铁路)"),
    # 3. zones/parks/districts named as the items of project lists (precision)
    "zone_item": re.compile(rf"{H}{{2,12}}(?:片区|科技城|高教园区|创新区|核心区|商务带)(?:、|等)"),
}
hits = defaultdict(list)
for f in files:
    t = open(f, encoding="utf-8").read()
    for k, p in PATTERNS.items():
        for m in p.finditer(t):
            hits[k].append((f.split("reports/")[1], t[max(0, m.start() - 15):m.end() + 10].replace("\n", " ")))
for k, xs in hits.items():
    print(f"## {k}: {len(xs)} in {len({x[0] for x in xs})} of 200 reports")
    for r, c in xs:
        print("  ", r, "|", c)
