"""Round 19 honAA: quoted items joined by 、/和/及 before one shared tail after a trigger (国家“十城千辆”、“十城万盏”工程试点城市,
全国“互联网+教育”和“互联网+医疗健康”示范区核心区): how often, and what the extractor reads there.
usage: python scan_quoted_shared.py DUMP.jsonl"""
import json
import re
import sys

TRIG = r"(?:荣获|获评|获得|获批|被评为|被命名为|被授予|被列为|被确定为|被认定为|入选|成为|列入|纳入|创成|成功创建|荣膺|获|评为|确定为|列为)"
PAT = re.compile(TRIG + r"([^，。；“”]{0,10}?)((?:“[^“”]{2,20}”[、和及与]?){2,})([一-龥]{2,14})(?=[，。；、]|$|称号|荣誉)")
reps = set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        reps.add(d["r"])
        print(d["r"].split("/", 1)[1], "|", m.group(0), "|", d["h"])
print(len(reps), "reports")
