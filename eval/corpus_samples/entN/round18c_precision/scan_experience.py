"""Round 18c (progX): programs ending in 经验 on a dump of round 15's dump.py, by structure, counted by report.

usage: python scan_experience.py DUMP.jsonl   (DUMP from ../round15/dump.py 1819 200 OUT.jsonl)
Classes: named (经验 inside the quotes of one name, “戴庄经验”, 新时代“枫桥经验”), quoted_stem (“千万工程”经验),
program_stem (三明医改经验, …长制经验), work (…工作/建设/治理…经验, round 14c's rule, should be none), other (the rest:
learned, praised or a clause cut at the noun). Everything but `named` is the pattern of round 18c's fix.
"""
import json
import re
import sys
from collections import defaultdict

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
by = defaultdict(list)
for d in rows:
    t = d["t"]
    for p in d["p"]:
        if not p.endswith("经验"):
            continue
        stem = p[:-2]
        # where the name's 经验 sits in the sentence: the last occurrence of the name's tail
        k = t.find(stem[-3:] + "经验") if len(stem) >= 3 else t.find(p)
        k2 = t.find("经验", k) if k >= 0 else -1
        after = t[k2 + 2:k2 + 3] if k2 >= 0 else ""
        before = t[max(0, k2 - 20):k2] if k2 >= 0 else ""
        if "枫桥" in p or (after == "”" and before.count("“") > before.count("”")):
            c = "named"
        elif before.endswith("”"):
            c = "quoted_stem"
        elif re.search(r"(?:工程|改革|医改|计划|行动|长制|责任制|试点|战略)$", stem):
            c = "program_stem"
        elif re.search(r"(?:工作|建设|治理|管理|改造|整治|修复)(?:现场)?$", stem):
            c = "work"
        else:
            c = "other"
        by[c].append((d["r"], p))
allrep = set()
for c, xs in sorted(by.items()):
    reps = {r for r, _ in xs}
    if c != "named":
        allrep |= reps
    print(f"{c}: {len(xs)} finds in {len(reps)} reports")
    for r, p in xs:
        print("   ", r.split("/")[1], p)
print("pattern (all but named):", sum(len(v) for c, v in by.items() if c != "named"), "finds in", len(allrep), "reports")
