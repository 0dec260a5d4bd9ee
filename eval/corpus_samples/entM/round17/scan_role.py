"""Round 17 (projQ): a city's role named as a centre or hub (打造区域性物流中心, 加快建设国际科技创新中心, 建设国家物流枢纽)
read as a project. usage: python scan_role.py DUMP.jsonl  -> reports / names, each with its context."""
import json, re, sys
from collections import defaultdict
ROLE = re.compile(r"(?:区域性?|国际化?|全国性?|全球|省际|国家级?|世界级?|东北亚|西部|中部|东部|重要|综合性?|现代)"
                  r"[\u4e00-\u9fff]{0,8}?(?:科技创新|创新|金融|物流|航运|商贸|贸易|消费|交通|信息|制造业?|先进制造业?|旅游|文化|"
                  r"医疗|教育|会展|航空|枢纽|商业|康养|数据|算力|科创)[\u4e00-\u9fff]{0,4}(?:中心|枢纽|高地)$")
FACILITY = re.compile(r"会展中心|交易中心|会议中心|实验|研究|检测|检验|计算|大厦|广场|馆|医院|学院|数据中心|大楼|站")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if ROLE.search(p) and not FACILITY.search(p):
            hits[d["r"]].append((p, d["t"]))
print(len(hits), "reports", sum(map(len, hits.values())), "names")
for r, v in sorted(hits.items()):
    for p, t in v:
        m = t.find(p); print(f"{r.split('/')[1]}\t{p}\t{t[max(0, m-20):m+len(p)+15]}")
