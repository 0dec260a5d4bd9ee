"""Round 18 (progU): lists closed by 等 + a program head other than 改革 (A、B等机制/制度/工程/计划/行动) on a dump.py file.

usage: scan_etc_heads.py DUMP.jsonl [-v]
Prints, per head, the reports and cases where the clause holds 、-separated items before 等(mid)HEAD, and how many of
those have none of the item+head names among the programs found (missed)."""
import json
import re
import sys
from collections import Counter, defaultdict

AT = re.compile(r"等(?P<mid>[\u4e00-\u9fff]{0,4}?)(?P<head>行动计划|机制|制度|工程|计划|行动|创建)(?![\u4e00-\u9fff]{0,1}(?:项目|资金))")
verbose = "-v" in sys.argv
reps = defaultdict(set)
cases = Counter()
missed_reps = defaultdict(set)
missed = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "等" not in t:
        continue
    for m in AT.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，。；：,;:") + 1
        body = t[cs:m.start()]
        if "、" not in body:
            continue
        items = body.split("、")
        items[0] = re.sub(r"^.*?(?:推进|推行|实施|开展|完善|健全|建立|落实|深化|加强|加快|启动|抓好|实行|强化|创新|探索)", "", items[0])
        if not all(2 <= len(x) <= 14 for x in items):
            continue
        h = m.group("head") + ("" if m.group("mid") else " (head right after 等)")
        reps[h].add(d["r"])
        cases[h] += 1
        found = [p for p in d["p"] if any(x and x in p for x in items)]
        if len(found) < len(items):
            missed_reps[h].add(d["r"])
            missed[h] += 1
            if verbose:
                print(h, "|", m.group("mid"), "|", "、".join(items), "|", found, "|", t[max(0, m.start() - 60):m.end() + 10])
for h in sorted(cases):
    print(f"{h}: {len(reps[h])} reports / {cases[h]} cases; not all items found: {len(missed_reps[h])} reports / {missed[h]} cases")
allr = set().union(*missed_reps.values())
print("any head, not all found:", len(allr), "reports")
