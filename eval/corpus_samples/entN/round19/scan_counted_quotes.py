"""Round 19 (progAA): counted service names — N证合一 (35证合一, 十八证合一) and N分钟…圈 (15分钟便民生活圈, 10分钟体育健身圈) —
in 200 corpus reports, and whether the extractor finds them as a program (dev14, dev16–dev19 list every one; official
urumqi 一刻钟便民生活圈).

usage: python scan_counted_quotes.py DUMP.jsonl   (round 15's dump.py output)
"""
import json
import re
import sys

PAT = re.compile(r"“?(?P<name>(?:[0-9]+|[一二三四五六七八九十两多]+)证合一|(?:[0-9]+|[一二三四五六七八九十两半]+)(?:分钟|公里|小时)"
                 r"[\u4e00-\u9fff]{0,8}?圈)”?")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
reps, miss_reps, n, miss = set(), set(), 0, 0
for d in rows:
    for m in PAT.finditer(d["t"]):
        name = m.group("name")
        n += 1
        reps.add(d["r"])
        found = [p for p in d["p"] if name in p]
        if not found:
            miss += 1
            miss_reps.add(d["r"])
        print(("HIT " if found else "MISS") + f"\t{d['r']}\t{name}\t{found}\t{d['t'][max(0, m.start() - 14):m.end() + 10]}")
print(f"== counted names: {n} cases in {len(reps)} reports; not found in {len(miss_reps)} reports ({miss} cases)")
