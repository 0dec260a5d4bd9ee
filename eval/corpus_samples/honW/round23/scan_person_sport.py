"""Round 23 honGA: honours found for a person or a sports result (演员…获梅花奖, 专家…获友谊奖, …模范个人, 省运会团体冠军) on
hdump.py's output. A recipient with a role word, or a title of a person or a match.

usage: python eval/corpus_samples/honW/round23/scan_person_sport.py DUMP.jsonl
"""
import json
import re
import sys

ROLE = re.compile(r"演员|专家|运动员|选手|教师|医生|同志|书记|健儿|村民|工匠|[0-9]+岁")
SPORT = re.compile(r"冠军(?!示范企业|企业|产品|之城)|金牌(?!赛事)|银牌|铜牌|奖牌|个人$|奖章|奋进奖|贡献奖")
rows, reports = [], set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for h, r in d["h"]:
        if ROLE.search(r) or SPORT.search(h) and "单项冠军" not in h:
            rows.append((d["r"], h, r))
            reports.add(d["r"])
for r in rows:
    print(*r, sep="\t")
print(f"# {len(rows)} honours in {len(reports)} reports")
