"""Round 18b orgV: clause-initial names ending in a company's trade word (化工 药业 科技 建投 …) right before round18b's
company actions, not covered by an organization of a dump.py dump (a check of how far the frame reaches without a head).
usage: PYTHONPATH=$PWD python scan_trade_subjects.py DUMP.jsonl"""
import collections
import json
import re
import sys

from kg.extract.entities.round18b_orgs import ACTION, ADVERB, OPENER

TRADE = r"化工|药业|科技|实业|股份|建投|电子|钢铁|能源|电气|制药|汽车|重工|机械|矿业|铝业|纸业|食品|物流|建工|环保|光电|新材|石化|煤业|航空"
PAT = re.compile(rf"(?:^|(?<=[，。；：！？]))(?:{OPENER})(?P<name>[\u4e00-\u9fffA-Za-z0-9]{{2,8}}?(?:{TRADE}))(?={ADVERB}(?:{ACTION}))")
n, reps = collections.Counter(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        name = m.group("name")
        if any(name in p or p in name for p in d["p"]):
            continue
        n[name] += 1
        reps.add(d["r"])
        print("HIT", name, d["r"], d["t"][max(0, m.start() - 10):m.end() + 20], sep="\t")
print("ALL", sum(n.values()), len(reps), sep="\t")
