"""Round 17c (progS): count named plans after a carrying-out verb (实施/落实/完善) or layout plans after any plan verb, not
found as programs, in a dump.py file (the 200 reports of seed 1723).

usage: python scan_plan.py DUMP.jsonl [-v]
"""
import json
import re
import sys

HEAD = r"(?:专项规划|发展规划|建设规划|保护规划|行动规划|振兴规划|发展总体规划|布局规划)"
CARRY = re.compile(r"(?:完善|实施|落实|优化|调整)(?:了|好)?《?([\u4e00-\u9fff“”]{4,24}?" + HEAD + ")")
DRAFT = re.compile(r"(?:编制实施|制定实施|制定出台|编制出台|启动编制|编制完成|完成编制|颁布实施|出台实施|出台|编制|制定|印发|颁布|"
                   r"修编)(?:了|好|并实施)?《?([\u4e00-\u9fff“”]{4,24}?布局规划)")
for label, pat in (("carrying-out verb + plan head", CARRY), ("drafting verb + 布局规划", DRAFT)):
    reps, n = set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in pat.finditer(d["t"]):
            if m.group(1) in d["p"]:
                continue
            reps.add(d["r"])
            n += 1
            if "-v" in sys.argv:
                print(label, "|", m.group(1), "|", d["r"])
    print(f"{label}: {len(reps)} reports, {n} cases not found")
