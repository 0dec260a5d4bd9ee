"""Round 23 orgGA: on a dump of 200 reports (round 15's dump.py, KIND=organization), count names with a body's head that
nothing found as an organization (not inside a found name), by head, with reports.

usage: python scan_heads.py DUMP.jsonl [HEAD_REGEX] [show]
"""
import json
import re
import sys
from collections import defaultdict

heads = sys.argv[2] if len(sys.argv) > 2 else r"银行|学院|大学|公司|集团|研究院|医院|交易所|信用社|联社|农信社|农商行"
NAME = re.compile(rf"[\u4e00-\u9fff（）]{{2,16}}?(?:{heads})(?![\u4e00-\u9fff]{{0,0}}[公集])")
byhead = defaultdict(set)
n = defaultdict(int)
show = "show" in sys.argv
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in NAME.finditer(d["t"]):
        name = m.group(0)
        if any(name in f or name[-4:] in f for f in d["p"]):
            continue
        h = re.search(rf"(?:{heads})$", name).group(0)
        byhead[h].add(d["r"])
        n[h] += 1
        if show:
            print(d["r"], h, name, d["t"][max(0, m.start() - 25):m.end() + 15], sep="\t")
for h in sorted(byhead, key=lambda k: -len(byhead[k])):
    print(h, n[h], len(byhead[h]), sep="\t", file=sys.stderr)
