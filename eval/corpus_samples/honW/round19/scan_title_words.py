"""Round 19 honAA: scoped titles marked by 称号/桂冠/殊荣/荣誉/奖牌/牌匾 that no honour of the dump covers, with the verb before.
usage: python scan_title_words.py DUMP.jsonl"""
import collections
import json
import re
import sys

PAT = re.compile(r"([一-龥]{0,4})((?:全国|国家|中国|全省|省级?|自治区|世界|国际)[^，。；：]{2,30}?)(称号|桂冠|殊荣|荣誉|奖牌|牌匾|金字招牌)")
verbs, reps = collections.Counter(), collections.defaultdict(set)
for line in open(sys.argv[1]):
    d = json.loads(line)
    t = re.sub(r"[“”]", "", d["t"])
    for m in PAT.finditer(t):
        title = m.group(2)
        if any(h[-4:] in title or title[-4:] in h for h, r in d["h"]):
            continue
        v = m.group(1)[-2:]
        verbs[v] += 1
        reps[v].add(d["r"])
        print(d["r"].split("/", 1)[1], "|", t[max(0, m.start() - 10):m.end() + 4])
for v, c in verbs.most_common():
    print(c, len(reps[v]), v)
