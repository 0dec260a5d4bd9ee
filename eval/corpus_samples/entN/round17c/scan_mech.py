"""Round 17c (progS): count short mechanisms `SETS_UP + noun(2) + process verb(2) + 机制` (项目推进机制, 企业服务机制) in a dump.py
file (round 15's dump of the 200 reports, seed 1723) and whether the program was found.

usage: python scan_mech.py DUMP.jsonl [-v]
"""
import json
import re
import sys

PAT = re.compile(r"(?:建立|建立健全|健全|推行|实行|实施|启动|出台|创新|探索|推进|开展|推广|完善)(?:新一轮)?"
                 r"([\u4e00-\u9fff]{2}(?:推进|协调|服务|监管|管理|考核|激励|监督|联动|保障|督办|调度|对接|落实|约束|运行)机制)")
reps, found, missed = set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        name = m.group(1)
        hit = name in d["p"]
        reps.add(d["r"])
        found += hit
        missed += not hit
        if "-v" in sys.argv:
            print("found" if hit else "MISS", name, "|", d["t"][max(0, m.start() - 15):m.end() + 10], "|", d["r"])
print(f"{len(reps)} reports of the dump, {found + missed} cases: {found} found, {missed} missed")

# the fix's narrower pattern: the first two characters one common noun (jieba flag n) and not a generic word
if "-n" in sys.argv:
    from kg.extract.entities.programs import GENERIC_PROGRAM, pos
    reps2, cases2 = set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PAT.finditer(d["t"]):
            w = m.group(1)[:2]
            p = pos(w)
            if len(p) == 1 and p[0][1] == "n" and not GENERIC_PROGRAM.fullmatch(w):
                reps2.add(d["r"])
                cases2 += 1
    print(f"noun-led: {len(reps2)} reports, {cases2} cases")
