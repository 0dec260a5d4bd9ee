"""Round 21 projDC: count the shapes of project finds on a dump.py file (seed 2103, 200 reports).
usage: python scan_shapes.py DUMP.jsonl [SHAPE]  — prints per shape: finds, reports; with SHAPE, the finds themselves."""
import json
import re
import sys
from collections import defaultdict

SHAPES = {
    # a bare port area (博贺新港区, 吉达港区, 东疆港区, 东疆保税港区首期): no gold set lists one bare
    "port_area": re.compile(r"港区(?:首期|[一二三四]期)?$"),
    "fishing_port": re.compile(r"渔港$"),
    # roles and goals: …经济中心, …金融中心, …物流中心 of a region
    "role_centre": re.compile(r"(?:经济|金融|贸易|航运|商贸|科技创新|物流|消费|文化|旅游)中心$"),
    "base": re.compile(r"基地$"),
    # bare domain nouns
    "smart_domain": re.compile(r"^(?:智慧|数字|互联网)[\u4e00-\u9fff]{1,4}$"),
    "old_estates": re.compile(r"老旧小区"),
}
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
want = sys.argv[2] if len(sys.argv) > 2 else None
count = defaultdict(lambda: [0, set()])
for d in rows:
    for p in d["p"]:
        for k, rx in SHAPES.items():
            if rx.search(p):
                count[k][0] += 1
                count[k][1].add(d["r"])
                if want == k:
                    print(d["r"], "|", p, "|", d["t"][:160])
if not want:
    for k, (n, rs) in count.items():
        print(f"{k}\t{n} finds\t{len(rs)} reports")
