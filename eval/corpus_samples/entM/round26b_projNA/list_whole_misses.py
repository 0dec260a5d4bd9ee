"""Round 26b (projNA): the whole misses of whole_misses.py output that are items of a 、 list closed by 等[N个|一批]…项目
(shape L) and those of a park or base before a completion/start predicate (shape B).

usage: python list_whole_misses.py WHOLE_MISSES.tsv
"""
import re
import sys
from collections import defaultdict

END = re.compile(r"等(?:(?:[0-9]+|[一二三四五六七八九十百两]+)个|一批)?\s*[^，,。；;：:、]{0,16}?项目")
PARK = re.compile(r"(?:产业园|工业园|科技园|创业园|园区|基地|公园)(?:[一二三四五六七八九十]期)?(?:主体(?:厂房|工程)?)?"
                  r"(?:已经|已|正式|顺利|全面|提前|基本|如期)*(?:建成投产|竣工投产|投产|封顶|开工|开园|建成|揭牌|投用|投入使用)")
by = defaultdict(lambda: defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    r = line.rstrip("\n").split("\t")
    if len(r) < 5:
        continue
    s, name, w = r[0], r[2], r[4]
    at = w.find(name)
    tail = w[at:] if at >= 0 else w
    m = END.search(tail)
    if m and "、" in tail[:m.start()] + w[:max(at, 0)][-3:] or (m and at > 0 and "、" in w[max(0, at - 2):at]):
        by["L"][s].append(name)
    elif at >= 0 and PARK.match(w, at + len(name) - 0) or PARK.search(tail[:len(name) + 12]):
        by["B"][s].append(name)
for k in by:
    print(f"shape {k}: {sum(len(v) for v in by[k].values())} whole misses in {len(by[k])} sets")
    for s, v in sorted(by[k].items()):
        print(f"  {s} ({len(v)}): " + ", ".join(v))
