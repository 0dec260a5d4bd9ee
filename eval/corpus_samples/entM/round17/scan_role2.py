"""Round 17 (projQ): a role named by a scope and a function, not after 打造 (共建大湾区国际科技创新中心, 加快建设国家区域创新中心,
建设辽冀蒙区域物流中心, 努力建设豫鄂陕省际区域性交通枢纽). usage: python scan_role2.py DUMP.jsonl"""
import json, re, sys
from collections import defaultdict
ROLE = re.compile(r"(?:区域性?|国际化?|全国性?|全球性?|世界级?)(?:[\u4e00-\u9fff]{0,2}?)(?:科技创新|创新|金融|航运|物流|商贸|贸易|消费|"
                  r"交通|信息|先进制造业?|制造业?|旅游休闲|旅游|文化|经济|商业|服务业)(?:服务)?(?:中心|枢纽)$")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if ROLE.search(p):
            t = d["t"]; m = t.find(p)
            hits[d["r"]].append((p, t[max(0, m - 25):m + len(p) + 15]))
print(len(hits), "reports", sum(map(len, hits.values())), "names")
for r, v in sorted(hits.items()):
    for p, c in v:
        print(f"{r.split('/')[1]}\t{p}\t{c}")
