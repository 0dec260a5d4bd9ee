"""Round 15 (projZ): lists closed by 等…项目/工程 on the 200 reports (seed 1501) of run_sample.py's dump: how many
items of each list come out as projects, as organizations or not at all.  usage: scan_lists.py DUMP.json [show]"""
import collections
import json
import re
import sys

d = json.load(open(sys.argv[1]))
# A、B、C等(一批|N个)<=14 chars 项目/工程 ; items: up to 16 chars without punctuation
LIST = re.compile(r"((?:[^，,。；;：:、等（）()]{2,16}、)+[^，,。；;：:、等（）()]{2,16})等(?:[^，,。；;：:、]{0,14}?)(?:项目|工程)")
LEAD = re.compile(r"^.*?(?:推进|推动|加快|实施|建设|引进|抓好|抓紧|开工|建成|完成|支持|启动|谋划|签约|新建|落地|确保|力争|做好|争取|促进|加大)")
per_report = collections.Counter()
stats = collections.Counter()
rows = []
for it in d["items"]:
    t = it["text"]
    for m in LIST.finditer(t):
        body = m.group(1)
        lead = LEAD.match(body)
        if lead:
            body = body[lead.end():]
        items = [x for x in re.split(r"、|和|及", body) if x]
        if len(items) < 2:
            continue
        per_report[it["report"]] += 1
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
        rows.append((it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1], "".join(res), m.group(0)))
print("lists", len(rows), "in", len(per_report), "of 200 reports; items", dict(stats))
part = [r for r in rows if "P" in r[1] and ("-" in r[1] or "O" in r[1])]
print("lists with some items as projects and some not:", len(part), "in", len({r[0] for r in part}), "reports")
none = [r for r in rows if "P" not in r[1]]
print("lists with no project item:", len(none), "in", len({r[0] for r in none}), "reports")
if len(sys.argv) > 2:
    for r in rows:
        if sys.argv[2] == "all" or (sys.argv[2] == "part" and r in part) or (sys.argv[2] == "none" and r in none):
            print(r[1], "\t", r[2][:90], "\t", r[0])
