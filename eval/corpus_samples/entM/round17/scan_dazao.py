"""Round 17 (projQ): project finds ending in 中心/枢纽/高地 that are the object of 打造 (打造区域性物流中心, 打造国家重要
先进制造业中心、国家科技创新中心, 将…打造成…区域医疗中心): a role or goal of the place, not a bounded undertaking.
usage: python scan_dazao.py DUMP.jsonl [HEAD_REGEX]   -> reports / names with context"""
import json, re, sys
from collections import defaultdict
HEAD = sys.argv[2] if len(sys.argv) > 2 else r"(?:中心|枢纽|高地)"
OBJ = re.compile(r"打造(?:成为|成|为)?(?:[^，。；;：:、]{1,40}?" + HEAD + r"[、和及与])*$")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        if not re.search(HEAD + "$", p):
            continue
        for m in re.finditer(re.escape(p), t):
            before = t[:m.start()]
            if OBJ.search(before[-160:]):
                hits[d["r"]].append((p, t[max(0, m.start()-30):m.end()+15])); break
print(len(hits), "reports", sum(map(len, hits.values())), "names")
for r, v in sorted(hits.items()):
    for p, c in v:
        print(f"{r.split('/')[1]}\t{p}\t{c}")
