"""Round 15 (projZ): the last item of a list joined by 和/及/以及 (A、B和C等…, A、B和C建成通车) on the 200 reports (seed 1501)
of run_sample.py's dump: the items before it come out as projects, does it?  usage: scan_last_and.py DUMP.json [show]"""
import json
import re
import sys

d = json.load(open(sys.argv[1]))
RX = re.compile(r"((?:[^，,。；;：:、等和及]{2,16}、)+[^，,。；;：:、等和及]{2,16})(?:和|及|以及)([^，,。；;：:、等和及]{2,18}?)(?=等|建成|开工|竣工|完工|通车|投用|投产|投入|项目|工程|建设|[，,。；;])")
rows, per, miss = [], set(), set()
for it in d["items"]:
    for m in RX.finditer(it["text"]):
        items = [x for x in m.group(1).split("、") if x]
        last = m.group(2)
        def st(x):
            return "P" if any(f[0] == "project" and (f[1] in x or x in f[1]) for f in it["found"]) else \
                "O" if any(f[0] in ("organization", "program") and (f[1] in x or x in f[1]) for f in it["found"]) else "-"
        before = "".join(st(x) for x in items)
        if before.count("P") * 2 < len(before):
            continue  # a list of projects: most items before the last come out as projects
        per.add(it["report"])
        s = st(last)
        if s == "-":
            miss.add(it["report"])
        rows.append((before + "+" + s, m.group(0)[:90], it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1]))
print(len(rows), "lists of projects with a last item after 和/及 in", len(per), "of 200 reports; the last item unread in",
      sum(1 for r in rows if r[0].endswith("-")), "lists in", len(miss), "reports")
if len(sys.argv) > 2:
    for r in rows:
        if r[0].endswith("-"):
            print(*r, sep="\t")
