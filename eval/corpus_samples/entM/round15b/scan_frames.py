"""Round 15b (projZ2): clauses closed by a progress or through frame (推进顺利, 进展顺利, 全线贯通, 规划建设…, 获批建设)
and whether the extractor found any project in them. usage: scan_frames.py DUMP.json"""
import json
import re
import sys
from collections import defaultdict

d = json.load(open(sys.argv[1]))
FRAMES = {
    "progress": re.compile(r"(?:建设)?(?:推进顺利|进展顺利|顺利推进)"),
    "through": re.compile(r"全线贯通|全线通车"),
    "plan_build": re.compile(r"规划建设"),
    "approved_build": re.compile(r"获批建设"),
    "main_works": re.compile(r"完成[^，。；]{2,20}主体工程"),
}
CLAUSE = re.compile(r"[^，,。；;：:！？]+")
hits = defaultdict(list)
for it in d["items"]:
    t = it["text"]
    spans = [(f[2], f[3]) for f in it["found"] if f[0] == "project"]
    for c in CLAUSE.finditer(t):
        for k, p in FRAMES.items():
            if p.search(c.group(0)):
                found = any(c.start() <= a < c.end() for a, b in spans)
                hits[k].append((it["report"], found, c.group(0)))
for k, xs in hits.items():
    rep = {x[0] for x in xs}
    miss = [x for x in xs if not x[1]]
    print(f"## {k}: {len(xs)} clauses in {len(rep)} reports; nothing found in {len(miss)} clauses in {len({x[0] for x in miss})} reports")
    for r, f, c in miss:
        print("  ", r.split("/")[-2] + r[-8:-4], "|", c)
