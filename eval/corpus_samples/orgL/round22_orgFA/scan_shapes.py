"""Round 22 orgFA: count research-body shapes on a dump (entN/round15/dump.py output, organization kind).

usage: python scan_shapes.py DUMP.jsonl SHAPE   (SHAPE: shared | branch)
shared: items before 等(N个)(level)<research head> or 、-joined items before one such head (东大、南航、武汉理工等技术转移中心,
        中电科八所宇航光纤互联技术等3个省重点实验室, 碳纤维及复合材料、清洁能源材料技术创新中心)
branch: <research body>(place)分中心/分院/…中心 (…广东省实验室肇庆分中心, 京津冀国家技术创新中心雄安中心)
Prints report, sentence index, the match, the organizations found in the sentence; then hits / reports.
"""
import json
import re
import sys

HEAD = (r"(?:全国重点实验室|重点实验室|工程实验室|实验室|技术转移中心|技术创新中心|制造业创新中心|产业创新中心|协同创新中心|"
        r"工程技术研究中心|工程研究中心|研究中心|研究院|创新中心|标委会|标准化技术委员会|企业技术中心|院士工作站|博士后科研工作站|"
        r"新型研发机构)")
LEVEL = r"(?:国家级|省级|市级|省部级|自治区级|国家|全国|省|市|自治区)?"
SHARED = re.compile(r"((?:[^，。；：、！？]{2,24}、)+[^，。；：、！？]{2,24}?|[^，。；：、！？]{2,24}?等)"
                    r"(?:[0-9一二三四五六七八九十两]+[个家所])?" + LEVEL + HEAD)
BRANCH = re.compile(HEAD + r"(?:首个|第[一二三四五]个)?[\u4e00-\u9fff]{0,4}(?:分中心|分院|分所|分部|中心)")

shape = sys.argv[2]
hits, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    pat = SHARED if shape == "shared" else BRANCH
    for m in pat.finditer(t):
        if shape == "shared" and "等" not in m.group(0) and "、" not in m.group(1):
            continue
        hits += 1
        reps.add(d["r"])
        print(d["r"], d["i"], "|", m.group(0)[-60:], "|", d["p"])
print(hits, "hits in", len(reps), "reports")
