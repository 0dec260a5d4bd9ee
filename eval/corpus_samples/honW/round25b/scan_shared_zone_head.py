"""Round 25b honLA: honour subjects that are a coordination whose last item carries a zone's head and an earlier item does
not (`营口、辽阳高新区晋升为…`, `永兴、竹马化工园区获…`, `开原市、昌图县八面城农产品加工园区获批…`).

usage: python eval/corpus_samples/honW/round25b/scan_shared_zone_head.py DUMP.jsonl   (a ../hdump.py dump of the 200 reports)
Prints report, the subject, the trigger, the pairs the extractor found in the sentence; then the number of reports.
"""
import json
import re
import sys

ZONE = r"(?:高新区|高新技术产业开发区|经开区|经济开发区|经济技术开发区|开发区|工业园区|产业园区|化工园区|加工园区|工业园|产业园|园区|集聚区)"
TRIG = (r"(?:获评|荣获|被评为|入选|获批|成功创建|创成|列入|被列入|纳入|被纳入|成为|晋升为|被认定为|认定为|被命名为|命名为|入围|"
        r"被确定为|确定为|被列为|列为|获得|获)")
PAT = re.compile(rf"(?:^|[，；。：])([^，；。：]{{0,20}}?)((?:[一-龥]{{2,6}}、)+)([一-龥]{{2,14}}?{ZONE})(?:[^，。；、]{{0,4}}?){TRIG}")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        items = m.group(2).rstrip("、").split("、")
        if any(re.search(ZONE + "$", i) for i in items):
            continue  # every item has its own head: nothing shared
        reps.add(d["r"])
        print(f"{d['r']}\t{m.group(2)}{m.group(3)}\t{d['t'][m.end() - 4:m.end() + 30]}\t{d['h']}")
print(f"reports: {len(reps)}")
