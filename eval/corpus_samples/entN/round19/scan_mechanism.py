"""Round 19 (progAA): mechanisms named after a descriptor ending in 的, in a clause opened by a program verb:
建立规范高效的审批运行机制, 健全覆盖农村人口的常态化防止返贫致贫机制 (dev18), 建立适应人口变化的学位资源动态监测调整机制 (dev16).
Counts the frame, and the cases where the name after 的 (X机制, X of 4+ characters once 新/新型/长效 are set aside, not a
generic 体制机制/工作机制) is not found as a program.

usage: python scan_mechanism.py DUMP.jsonl   (round 15's dump.py output)
"""
import json
import re
import sys

VERB = r"(?:建立|健全|完善|构建|推行|实行|落实|创新|形成|探索|优化|深化|实施|推进|推动|强化)"
PAT = re.compile(VERB + r"[^，。；：！？]{0,30}?的(?P<x>[\u4e00-\u9fff]{2,20}?)机制")
GENERIC = re.compile(r"^(?:新型?|长效|有效|良好|完善|健全)*(?:[\u4e00-\u9fff]{0,3})$")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
reps, miss_reps, n, miss = set(), set(), 0, 0
for d in rows:
    for m in PAT.finditer(d["t"]):
        x = m.group("x")
        if "的" in x or x.endswith(("体制", "工作")) and len(x) <= 4 or GENERIC.match(x):
            continue
        name = x + "机制"
        n += 1
        reps.add(d["r"])
        found = [p for p in d["p"] if name in p or p in name and len(p) >= 4]
        if not found:
            miss += 1
            miss_reps.add(d["r"])
        print(("HIT " if found else "MISS") + f"\t{d['r']}\t{name}\t{found}\t{m.group(0)[-60:]}")
print(f"== 的 + X机制 after a program verb: {n} cases in {len(reps)} reports; not found in {len(miss_reps)} reports ({miss} cases)")
