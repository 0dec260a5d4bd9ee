"""Round 16b (projP): projects that are a bare county/district/city name (庐山区, 旧南海县) on a dump.py file.
usage: python scan_admin.py DUMP.jsonl"""
import json, re, sys
from collections import defaultdict
BARE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?<![园港景街片校城业游商新老矿使工农厂社小古风特镇])(区|县|市|旗)$")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if BARE.search(p):
            hits[d["r"]].append((p, d["t"]))
print(len(hits), "reports", sum(len(v) for v in hits.values()), "names")
for r, v in sorted(hits.items()):
    for p, t in v:
        m = t.find(p); print(f"  {r}\t{p}\t{t[max(0,m-30):m+len(p)+25]}")
