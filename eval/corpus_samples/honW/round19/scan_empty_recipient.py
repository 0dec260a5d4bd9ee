"""Round 19 honAA: honours given to the reporting unit (recipient "") whose clause has words before the trigger; the words
(the clause start up to the trigger) grouped, to find a subject missed.  usage: python scan_empty_recipient.py DUMP.jsonl"""
import collections
import json
import re
import sys

TRIG = re.compile(r"荣获|获评|获得|被评为|被命名为|被授予|被列为|被确定为|被认定为|入选|获批|成为|创成|成功创建|列入|纳入|蝉联|上榜|荣膺|跻身|获")
rows, reps = [], collections.defaultdict(set)
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = re.sub(r"[“”]", "", d["t"])
    for h, r in d["h"]:
        if r:
            continue
        i = t.find(h)
        if i < 0:
            continue
        j = max(t.rfind(c, 0, i) for c in "，。；：") + 1
        pre = t[j:i]
        m = TRIG.search(pre)
        if not m:
            continue
        lead = pre[:m.start()]
        lead = re.sub(r"^(并|还|先后|相继|再次|连续|成功|首次|又|均|分别|也|同时|顺利|already)+", "", lead)
        lead = re.sub(r"(连续|先后|相继|再次|成功|首次|又|均|分别|也|同时|顺利|\d+年|[一二三四五六七八九十两]+[年届次度])+$", "", lead)
        if lead:
            rows.append((d["r"].split("/", 1)[1], h, t[j:i + len(h)]))
            reps[d["r"]].add(lead)
for r in rows:
    print(" | ".join(r))
print(len(rows), "lines,", len(reps), "reports")
