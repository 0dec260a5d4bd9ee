"""Round 23 honGA: honour recipients written as a list whose items share the last item's head (永兴、竹马化工园区获…,
营口、辽阳高新区晋升为…): the bare first item is a zone of that head, not the place.

usage: python eval/corpus_samples/honW/round23/scan_shared_head.py DUMP.jsonl   (hdump.py's output)
Prints, for each sentence where the frame stands before an honour's trigger, the items, the shared head and what was found.
"""
import json
import re
import sys

HEAD = (r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|化工园区|产业园区|农产品加工园区|园区|产业园|新区|港区|"
        r"片区|集聚区|示范区|试验区|综合保税区|保税区|工业园|景区|旅游区|度假区|湿地公园|森林公园|公园|小镇)")
FRAME = re.compile(rf"(?<![一-龥])((?:[一-龥]{{2,4}}、)+)([一-龥]{{2,12}}?{HEAD})(?=[^，。；]{{0,12}}?"
                   r"(?:获|入选|被|成为|晋升|列入|纳入|跻身|通过|荣膺|创建|创成|认定|命名|升级|步入|进入))")
reports, lines = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in FRAME.finditer(d["t"]):
        firsts = [x for x in m.group(1).split("、") if x]
        last = m.group(2)
        recs = {r for _, r in d["h"]}
        bare = [x for x in firsts if x in recs or any(r.startswith(x) and len(r) <= len(x) + 2 for r in recs)]
        if not recs:
            continue
        head = re.search(HEAD + "$", last).group(0)
        lines += 1
        reports.add(d["r"])
        print(f"{d['r']}\t{'、'.join(firsts)}|{last}\thead={head}\tbare_found={bare}\trecs={sorted(recs)}\t{m.group(0)}")
print(f"# {lines} frames in {len(reports)} reports")
