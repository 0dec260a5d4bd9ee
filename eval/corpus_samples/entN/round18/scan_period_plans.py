"""Round 18 (progU): a five-year period's plan (“十四五”规划, 十三五规划纲要) on a dump.py file: reports and cases, and those with
no program holding the period.   usage: scan_period_plans.py DUMP.jsonl"""
import json
import re
import sys

PAT = re.compile(r"“?十[一二三四五]五”?(?:[\u4e00-\u9fff]{0,8}?)规划(?:纲要)?")
reps, cases, mreps, missed = set(), 0, set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        reps.add(d["r"])
        cases += 1
        period = re.search(r"十[一二三四五]五", m.group(0)).group(0)
        if not any(period in p for p in d["p"]):
            mreps.add(d["r"])
            missed += 1
print(f"period plans: {len(reps)} reports / {cases} cases; no program holding the period: {len(mreps)} reports / {missed} cases")
