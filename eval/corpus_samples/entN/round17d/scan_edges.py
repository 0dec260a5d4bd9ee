"""Round 17d (progT): count dev17's program edge structures on the 200 reports (seed 1732) of a dump.py file.

usage: python scan_edges.py DUMP.jsonl [KEY]  -> per structure: reports, cases, cases where the found names miss the form.
"""
import json
import re
import sys
from collections import defaultdict

PATS = {
    # “A、B、C” quoted run of short slogans (马上办、网上办…)
    "quoted_run": re.compile(r"“([^“”]{2,8}(?:、[^“”]{2,8}){1,6})”"),
    # quoted name + 试点 (理财通试点)
    "quoted_pilot": re.compile(r"“([^“”]{2,12})”(?:改革)?试点"),
    # 三供一业 分离移交
    "sangong": re.compile(r"“?三供一业”?(?:分离移交|移交|分离)"),
    # quoted name + 改革 + more head (3550改革普惠制)
    "quoted_reform_tail": re.compile(r"“([^“”]{2,12})”改革[\u4e00-\u9fff]{1,3}制"),
}
key = sys.argv[2] if len(sys.argv) > 2 else None
stat = defaultdict(lambda: [set(), 0, 0])
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for k, p in PATS.items():
        for m in p.finditer(d["t"]):
            st = stat[k]
            st[0].add(d["r"])
            st[1] += 1
            q = m.group(1) if m.groups() else m.group(0)
            whole = q.replace("“", "").replace("”", "")
            if whole not in d["p"]:
                st[2] += 1
            if k == key:
                print(d["r"], d["i"], "|", m.group(0), "|", d["p"])
for k, (r, c, miss) in stat.items():
    print(k, len(r), "reports", c, "cases", miss, "not found whole")
