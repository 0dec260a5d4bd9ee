"""Round 17 (honQ) recall scan: the clauses of an hdump.py file that hold an honor trigger (kg/data/honor_words.txt's strong
ones and the brief's cues) and in which the extractor found no honor; prints the object after the trigger with its report,
and a count of reports by the object's last two characters (the head), to find which structures the extractor misses.
usage: python scan_nofind_objects.py DUMP.jsonl [REGEX on the object]"""
import collections
import json
import re
import sys

TRIG = re.compile(r"(?:荣获|获评为?|被评为|被命名为|被确定为|被认定为|认定为|被授予|评为|命名为|入选|成功入选|获批|成功获批|成功创建为?|创建为|创成|"
                  r"荣膺|跻身|入围|摘得|喜获|斩获|夺得|获得|蝉联|上榜|荣登|入列)")
want = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
heads = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for c in re.split(r"[，。；：]", t):
        m = TRIG.search(c)
        if not m:
            continue
        obj = c[m.end():]
        bare = re.sub(r"[“”‘’《》]", "", c)
        if any(h in bare or h[-4:] in bare or h[:4] in bare for h, r in d["h"]):
            continue
        if re.match(r"(?:[0-9一二三四五六七八九十两]+|多)", obj) or len(obj) < 2:
            continue
        if want and not want.search(obj):
            continue
        heads[obj[-2:]].add(d["r"])
        if want:
            print(d["r"].split("/")[1] + d["r"][-8:-4], m.group(0), c[:80], sep="\t")
if not want:
    for k, v in sorted(heads.items(), key=lambda x: -len(x[1]))[:60]:
        print(len(v), k)
