"""Round 19 honAA: what follows a read honour title in its sentence (the first 6 characters), to find precision frames
(a nomination 提名, funds 资金, a first's 的城市 …).  usage: python scan_after_title.py DUMP.jsonl [REGEX]"""
import collections
import json
import re
import sys

pat = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
cnt, reps = collections.Counter(), collections.defaultdict(set)
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = re.sub(r"[“”]", "", d["t"])
    for h, r in d["h"]:
        i = t.find(h)
        if i < 0:
            continue
        after = t[i + len(h):i + len(h) + 6]
        key = re.split(r"[，。；、]", after)[0][:3]
        cnt[key] += 1
        reps[key].add(d["r"])
        if pat and pat.search(after):
            print(d["r"].split("/", 1)[1], "|", h, "|", r, "|", t[max(0, i - 30):i + len(h) + 12])
if not pat:
    for k, v in cnt.most_common(60):
        print(v, len(reps[k]), repr(k))
