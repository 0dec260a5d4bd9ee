"""Round 15 (projZ): lists without 等 that a completion verb closes (A、B、C建成通车, A、B和C投入使用) on the 200 reports
(seed 1501) of run_sample.py's dump: which items come out.  usage: scan_runs.py DUMP.json [show]"""
import collections
import json
import re
import sys

d = json.load(open(sys.argv[1]))
VERB = r"(?:相继|先后|陆续|均|全部|全面|基本|顺利|正式|全线|已|主体)?(?:建成通车|建成投用|建成投运|建成投产|建成开放|建成运营|建成运行|建成使用|建成|竣工通车|竣工投用|竣工|通车|投入使用|投入运营|投入运行|投用|投运|投产|开工建设|开工|完工)(?=[，。；,;]|$)"
RUN = re.compile(r"(?:^|(?<=[，。；：,;:]))((?:[^，。；：,;:、等]{2,16}、)+[^，。；：,;:、等]{2,16}?)" + VERB)
per_report = collections.Counter()
stats = collections.Counter()
rows = []
for it in d["items"]:
    t = it["text"]
    for m in RUN.finditer(t):
        items = [x for x in re.split(r"、|和|及", m.group(1)) if x]
        res = []
        for x in items:
            k = "-"
            for f in it["found"]:
                if f[1] and (f[1] in x or x in f[1]):
                    k = {"project": "P", "organization": "O", "program": "G"}.get(f[0], "?")
                    if k == "P":
                        break
            res.append(k)
            stats[k] += 1
        per_report[it["report"]] += 1
        rows.append((it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1], "".join(res), m.group(0)))
print("runs", len(rows), "in", len(per_report), "of 200 reports; items", dict(stats))
part = [r for r in rows if "P" in r[1] and "-" in r[1]]
print("runs with some items as projects and some not:", len(part), "in", len({r[0] for r in part}), "reports")
first = [r for r in rows if r[1][0] == "-" and "P" in r[1][1:]]
print("runs whose first item is missed while a later one is found:", len(first), "in", len({r[0] for r in first}), "reports")
if len(sys.argv) > 2:
    for r in rows:
        print(r[1], "\t", r[2][:90], "\t", r[0])
