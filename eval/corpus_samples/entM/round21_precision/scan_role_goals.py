"""Round 21 projDC: project finds ending in a role head (中心/枢纽/高地/基地/港) that are the object of `把/将 X 建成/建设成/打造成`
or `成为` (a role to reach, like round 16's `打造…中心` which api.ROLE_OBJECT drops). usage: python scan_role_goals.py DUMP.jsonl"""
import json
import re
import sys

HEAD = re.compile(r"(?:中心|枢纽|高地|基地)$")
GOAL = re.compile(r"(?:(?:把|将)[^，,。；;：:]{1,30}?(?:建成|建设成|打造成|发展成|培育成|建设为|打造为)(?:为)?|成为|建成为)"
                  r"(?:[^，,。；;：:]{0,40}?(?:中心|枢纽|高地|基地)[、和及与])*[^，,。；;：:]{0,40}$")
reps = set()
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        if not HEAD.search(p):
            continue
        s = t.find(p)
        if s < 0:
            continue
        if GOAL.search(t[max(0, s - 120):s]):
            n += 1
            reps.add(d["r"])
            print(d["r"], "|", p, "|", t[max(0, s - 50):s + len(p) + 10])
print(n, "finds", len(reps), "reports")
