"""Round 16b (projP): count reports / names of candidate wrong-project causes on a dump.py file.
usage: python scan.py DUMP.jsonl"""
import json, re, sys
from collections import defaultdict
PAT = {
    "admin_area": re.compile(r"^[\u4e00-\u9fff]{1,4}(区|县|市|镇|乡|旗)$"),
    "country_pair": re.compile(r"^中[\u4e00-\u9fff]$"),
    "short2": re.compile(r"^[\u4e00-\u9fff]{1,2}$"),
    "ji_cut": re.compile(r"即"),
    "yuan_no_qu": re.compile(r"园$"),
}
hits = defaultdict(lambda: defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        for k, rx in PAT.items():
            if rx.search(p):
                hits[k][d["r"]].append((p, d["t"]))
for k in PAT:
    n = sum(len(v) for v in hits[k].values())
    print(f"== {k}: {len(hits[k])} reports, {n} names")
    shown = 0
    for r, v in sorted(hits[k].items()):
        for p, t in v[:2]:
            if shown < int(sys.argv[2] if len(sys.argv) > 2 else 25):
                m = t.find(p); print(f"  {p}\t{t[max(0,m-25):m+len(p)+20]}"); shown += 1
