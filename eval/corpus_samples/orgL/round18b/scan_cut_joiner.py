"""Round 18b orgV: organizations of a dump.py dump right after 和 / 以 / 及 / 与 glued to Han characters before them
(中国空天信息和卫星互联网创新联盟 → 卫星互联网创新联盟, 广东以色列理工学院 → 色列理工学院): prints the 6 characters before.
usage: python scan_cut_joiner.py DUMP.jsonl"""
import json
import re
import sys

n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        for m in re.finditer(re.escape(p), t):
            before = t[max(0, m.start() - 6):m.start()]
            if re.search(r"[\u4e00-\u9fff]{2}[和以及与]$", before):
                n += 1
                reps.add(d["r"])
                print("HIT", before, p, d["r"], t[max(0, m.start() - 20):m.end() + 10], sep="\t")
print("ALL", n, len(reps), sep="\t")
