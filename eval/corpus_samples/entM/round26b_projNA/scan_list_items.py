"""Round 26b (projNA): lists closed by 等[N个|一批]…项目 where some item is read as a project and another is not.

usage: python scan_list_items.py DUMP.jsonl   (a dump of eval/corpus_samples/entN/round15/dump.py … project)
Prints each unread item (4+ characters) beside a read peer; the count of reports on stderr.
"""
import json
import re
import sys

END = re.compile(r"等(?:(?:[0-9]+|[一二三四五六七八九十百两]+)个|一批)?\s*[^，,。；;：:、]{0,16}?项目(?!库|区|单位|资金|审批)")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "等" not in t or "、" not in t or not d["p"]:
        continue
    for m in END.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?") + 1
        items = [x.strip() for x in t[cs:m.start()].split("、")]
        if len(items) < 2:
            continue
        read = [x for x in items if any(p in x for p in d["p"])]
        if not read:
            continue
        for x in items:
            if x not in read and len(x) >= 4 and not any(x in p or p in x for p in d["p"]):
                reps.add(d["r"])
                print(d["r"], x, t[cs:m.end()][:100], sep="\t")
print(len(reps), "reports with an unread item beside a read one", file=sys.stderr)
