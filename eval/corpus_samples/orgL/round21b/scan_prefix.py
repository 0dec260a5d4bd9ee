"""Round 21b orgEA: organizations found as the first part of a works name (信发集团铝电升级改造, 市中心医院荆北新院一期) or as an
item of a list closed by 等…项目 (国药公司、广药集团等项目) — the cross-set shape D/E, counted on a dump.py organization dump.

usage: python scan_prefix.py DUMP.jsonl   (prints each hit: report, org, the clause; then hits and reports)
"""
import json
import re
import sys

CLAUSE_END = re.compile(r"[，。；：！？,;]")
WORKS = re.compile(r"(?:项目|工程|[一二三四]期|院区|新院|分院区|门诊楼|病房楼|综合楼|住院楼|大楼|新校区|改扩建|迁建|扩建)")
LIST_PROJ = re.compile(r"等(?:[一二三四五六七八九十百千\d]+[个项家])?[^，。；、]{0,8}项目")

hits = 0
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for o in d["p"]:
        i = t.find(o)
        if i < 0:
            continue
        e = i + len(o)
        m = CLAUSE_END.search(t, e)
        tail = t[e:m.start() if m else len(t)]
        if not tail:
            continue
        kind = None
        nxt = tail[0]
        if "\u4e00" <= nxt <= "\u9fff" and nxt not in "等和与及的在是为已将被获对向从由" and WORKS.search(tail[:16]):
            kind = "prefix"
        elif nxt == "、" and LIST_PROJ.search(tail):
            kind = "list"
        if kind:
            hits += 1
            reps.add(d["r"])
            print(kind, d["r"], o, "|", t[max(0, i - 20):e + 30], sep="\t")
print(hits, "hits in", len(reps), "reports")
