"""Round 17c (projS): on a dump of ../../entN/round15/dump.py (KIND=project), the structures of dev17's projects cause 2
where some items of a list come out and others not.
usage: scan_partial_lists.py DUMP.jsonl [show]
  A: `A、B、C等(一批|N个)…项目/工程` with >= 1 item found and >= 1 item not found
  B: `A、B高速/铁路/高铁…` short items (2-3 chars) sharing one head, not all found
  C: `A至B、C、D的…铁路/公路`
  D: `A河、B河等河流…整治/治理`
"""
import collections
import json
import re
import sys

P = "[^，,。；;：:、等（）()“”]"
LIST = re.compile(rf"((?:{P}{{2,16}}、)+{P}{{2,16}})等(?:一批|[0-9０-９一二三四五六七八九十百]+[个项])?[^，,。；;：:、]{{0,10}}?(?:项目|工程)")
LEAD = re.compile(r"^.*(?:推进|推动|加快|实施|建设|引进|抓好|抓紧|开工|建成|完成|支持|启动|谋划|签约|新建|落地|确保|力争|做好|争取|促进|加大|重点)")
SHARED = re.compile(r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(高速公路|高速|高铁|铁路|城际铁路|城际|快速路|机场)")
TO = re.compile(r"[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+的[\u4e00-\u9fff]{0,4}(?:铁路|公路|高速|城际|通道)")
RIVER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[河江溪湖]、)+[\u4e00-\u9fff]{1,4}[河江溪湖]等[\u4e00-\u9fff]{0,4}(?:河流|河道|水系|湖泊)[\u4e00-\u9fff]{0,6}(?:整治|治理|修复)")
show = len(sys.argv) > 2
reps = collections.defaultdict(set)
cnt = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], d["p"]

    def hit(x):
        return any(x in f or f in x for f in found if f)

    for m in LIST.finditer(t):
        body = m.group(1)
        ld = LEAD.match(body)
        if ld:
            body = body[ld.end():]
        items = [x for x in body.split("、") if x]
        if len(items) < 2:
            continue
        got = [hit(x) for x in items]
        if any(got) and not all(got):
            cnt["A"] += 1
            reps["A"].add(d["r"])
            if show:
                print("A", d["r"], "|", " ".join(("+" if g else "-") + x for x, g in zip(items, got)), "|", m.group(0)[-14:])
    for m in SHARED.finditer(t):
        items = m.group(1).split("、")
        got = [hit(x + m.group(2)) or any(f.startswith(x) for f in found) for x in items]
        if not all(got):
            k = "B" if any(got) else "B0"
            cnt[k] += 1
            reps[k].add(d["r"])
            if show:
                print(k, d["r"], "|", m.group(0), found)
    for m in TO.finditer(t):
        cnt["C"] += 1
        reps["C"].add(d["r"])
        if show:
            print("C", d["r"], "|", m.group(0), found)
    for m in RIVER.finditer(t):
        cnt["D"] += 1
        reps["D"].add(d["r"])
        if show:
            print("D", d["r"], "|", m.group(0), found)
for k in sorted(cnt):
    print(f"{k}: {cnt[k]} matches in {len(reps[k])} reports")
