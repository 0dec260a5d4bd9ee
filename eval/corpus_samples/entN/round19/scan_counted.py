"""Round 19 (progAA): counted packages `VERB + qualifier + N条[措施|举措|政策|意见]` (促进民间投资发展10条措施, 人才强市25条)
outside quotes and title marks, and whether the extractor finds them as a program.

usage: python scan_counted.py DUMP.jsonl   (round 15's dump.py output)
"""
import json
import re
import sys

VERBS = r"(?:实施|落实|出台|制定|推出|执行|兑现|用好|印发|细化|修订|完善|发布|落细|推行|贯彻)"
PAT = re.compile(VERBS + r"(?:好|了|并|和)?(?P<name>(?P<x>[\u4e00-\u9fff·]{2,22}?)(?:[0-9]+|[一二三四五六七八九十]+)条"
                 r"(?:硬)?(?:政策)?(?:措施|举措|政策|意见)?)(?![\u4e00-\u9fff]{0,2}(?:路|线|街|道|河|渠|隧道|管网|生产线))")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
reps, miss_reps, n, miss = set(), set(), 0, 0
for d in rows:
    for m in PAT.finditer(d["t"]):
        name = m.group("name")
        n += 1
        reps.add(d["r"])
        found = [p for p in d["p"] if name in p or p in name and len(p) >= 4]
        if not found:
            miss += 1
            miss_reps.add(d["r"])
        print(("HIT " if found else "MISS") + f"\t{d['r']}\t{name}\t{found}\t{d['t'][max(0, m.start() - 10):m.end() + 10]}")
print(f"== counted packages: {n} cases in {len(reps)} reports; not found in {len(miss_reps)} reports ({miss} cases)")
