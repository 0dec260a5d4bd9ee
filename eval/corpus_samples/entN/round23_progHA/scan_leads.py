"""Round 23 (progHA): count, on a dump.py file (../round15/dump.py SEED N OUT), the programs that start with a verb acting on a
programme (the closed set of kg/extract/entities/round23_precision.py META_LEAD), by verb, with the reports they are in.

usage: python scan_leads.py DUMP.jsonl
"""
import collections
import json
import re
import sys

V = re.compile(r"并(?:实施|形成|推行|开展|执行)|参与|抓实|抓好|抓紧|细化|谋划|响应|力推|承接|放大|做实|争当|勇做|稳妥地")
c = collections.Counter()
reps = collections.defaultdict(set)
allr = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d.get("p", []):
        m = V.match(p)
        if m:
            c[m.group(0)] += 1
            reps[m.group(0)].add(d["r"])
            allr.add(d["r"])
            print(f"{d['r']}\t{p}\t{d['t'][:100]}")
print(f"# {sum(c.values())} finds in {len(allr)} reports")
for k, v in c.most_common():
    print(f"# {k}\t{v}\t{len(reps[k])}")
