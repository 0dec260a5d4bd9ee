"""Round 20 (projBC): count project finds that are items of a list closed by a zone head (`A、B等重点旅游休闲度假区建设`,
`…等园区建设`, `…等特色小镇`), per report, on a dump.py file; the item is found where it stands in the list.

usage: python scan_zone_lists.py DUMP.jsonl
"""
import json
import re
import sys

ZONE_TAIL = re.compile(r"等[^，,。；;：:、]{0,14}?(?:度假区|旅游区|园区|工业园|产业园|科技园|集聚区|聚集区|示范区|开发区|新区|新城|片区"
                       r"|功能区|景区|小镇|板块|组团)(?:建设|开发|创建|提升|发展)?")
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in ZONE_TAIL.finditer(t):
        a = max(t.rfind(c, 0, m.start()) for c in "，,。；;：:")
        span = t[a + 1:m.start()]
        items = [p for p in d["p"] if p in span and not re.search(r"(?:区|园|城|镇|景区)$", p)]
        if "、" in span and items:
            n += len(items)
            reps.add(d["r"])
            print(d["r"].split("/")[1], items, "|", t[a + 1:m.end()][:120])
print(n, "finds in", len(reps), "reports")
