"""Round 25b honLA: honour subjects written as a counted list with a shared head (`坝上闪电河、康保康巴诺尔2处湿地获评…`,
`“容和”、“条山”两个商标被认定为…`, `综保区跨境电商、文登西洋参…3个特色小镇获评…`) on a ../hdump.py dump: prints report, the
subject, the head, the pairs found in the sentence; then the number of reports.

usage: python eval/corpus_samples/honW/round25b/scan_counted_list.py DUMP.jsonl
"""
import json
import re
import sys

TRIG = r"(?:获评|荣获|被评为|入选|获批|成功创建|创成|列入|纳入|晋升为|被认定为|被命名为|入围|获)"
PAT = re.compile(rf"([一-龥“”]{{2,14}}(?:、[一-龥“”]{{2,14}})+)((?:[0-9]+|[两二三四五六七八九十])[处个家座条所项])([一-龥]{{1,8}}?)[^，。；]{{0,3}}?{TRIG}")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        reps.add(d["r"])
        print(f"{d['r']}\t{m.group(1)}\t{m.group(2)}{m.group(3)}\t{d['h']}")
print(f"reports: {len(reps)}")
