"""Round 22 (projFA): the pattern of fix 1 on a dump.py file — a 、 list closed by 等N个…项目 / 等一批…项目 with at least one
item found as a project and another item (after the clause's lead verbs, or an amount lead) for which nothing is found.

usage: PYTHONPATH=$PWD python scan_counted_peers.py DUMP.jsonl   (prints each lost item, then the reports counted)
The lead verbs are cut with the extractor's own `sentence._strip_lead`; the test for "found" is loose (a found name inside the
item or the item inside a found name).
"""
import json
import re
import sys

from kg.extract.entities.sentence import _strip_lead

END = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十百两]+)个[^，,。；;：:、“”]{0,16}?项目(?!库|区|单位)|等一批[^，,。；;：:、“”]{0,16}?项目(?!库|区|单位)")
AMOUNT = re.compile(r"\s*(?:总投资|计划投资|投资)?(?:约|近|超过?|逾)?[0-9.]+\s*(?:万|亿)(?:美)?元的\s*")

reports, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], d["p"]
    for m in END.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?") + 1
        if t.find("、", cs, m.start()) < 0:
            continue
        parts = t[cs:m.start()].split("、")
        first = t[_strip_lead(t, cs, cs + len(parts[0])):cs + len(parts[0])]
        items = [first] + parts[1:]
        items = [AMOUNT.sub("", x, count=1) if AMOUNT.match(x) else x for x in items]
        hit = [x for x in items if any(f in x or x in f for f in found)]
        lost = [x for x in items if x not in hit and len(x) >= 2]
        if hit and lost:
            n += 1
            reports.add(d["r"])
            print(d["r"].split("/", 1)[1], "| lost:", " / ".join(lost), "| found peers:", " / ".join(hit)[:120])
print(n, "lists;", len(reports), "reports with a lost item beside a found peer")
