"""Round 24 (progJB): the cross-set table of program inventions (explain24.py) split by the sub-shapes of this round's brief,
with how often the golds list the extractor's finds of the same sub-shape (set_finds.py of round 22b over the same sets).

usage: python crossshape24.py explain_programs_before.tsv set_finds_before.tsv > crossshape24_before.md
"""
import collections
import re
import sys

SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]
GENERIC = r"(?:长效|常态化|协调|协同|保障|考核|奖惩|风险|补偿|联动|推进|工作|管理|监管|激励|约束|运行|服务|监测|预警|评价|投入|应急|处置|" \
          r"防控|调度|市场|定价|利用|节约|集约|要素|项目|土地|企业|区域|协作|分配|现代|产学研|创新|发展|社会|治理|多元|合作|新)+"
SHAPES = [
    ("A slogan + descriptor + 活动, or “A、B”活动 (fix 1)", lambda n: n.endswith("活动")),
    ("B mechanism/system with generic modifiers only (风险补偿机制, 要素保障长效机制, 现代企业制度)",
     lambda n: re.fullmatch(GENERIC + r"(?:机制|制度|体制|体系)", n)),
    ("C domain + 改革 with no proper name (金融改革, 农村改革, 农业农村改革)",
     lambda n: re.fullmatch(r"[\u4e00-\u9fff]{2,4}改革", n) and not re.search("制度|体制|机制", n)),
    ("D counted label N稳/N保/两X一Y/三去一降一补", lambda n: re.fullmatch(r"(?:[一二两三四五六七八九十百千万]+[\u4e00-\u9fff]{1,2}){1,4}", n)),
    ("E items of a list before 等/和 + a shared head (…和…制度, 定期通报制度)", lambda n: "和" in n and n.endswith(("制度", "机制"))),
    ("F “A+B” mode", lambda n: "+" in n and n.endswith("模式")),
    ("G slogan or qualifier phrase with 、 or 即 (非禁即入, 出口抓加工、进口抓落地)",
     lambda n: "、" in n and not re.search("(?:改革|工程|行动|机制|制度|战略|计划|试点|模式)$", n) or "即" in n),
    ("H other mechanism/system …机制/制度/体制/体系", lambda n: re.search("(?:机制|制度|体制|体系)$", n)),
    ("I other reform …改革", lambda n: n.endswith("改革")),
    ("J other", lambda n: True),
]


def shape(n):
    n = re.sub("[“”‘’]", "", n)
    for label, test in SHAPES:
        if test(n):
            return label


inv = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, kind, name = line.rstrip("\n").split("\t")[:4]
    if kind == "invented":
        inv[shape(name)][s].append(name)
listed = collections.Counter()
finds = collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    s, f, lst, name = line.rstrip("\n").split("\t")[:4]
    finds[shape(name)] += 1
    listed[shape(name)] += lst == "LISTED"
print("| shape | sets | " + " | ".join(x.replace("dev", "") or "dev" for x in SETS) + " | inventions | finds listed | examples |")
print("|---" * (len(SETS) + 5) + "|")
for label, _ in SHAPES:
    d = inv[label]
    ex = collections.Counter(n for s in d for n in d[s]).most_common(8)
    print(f"| {label} | {sum(1 for s in SETS if d[s])} | " + " | ".join(str(len(d[s])) for s in SETS)
          + f" | {sum(len(v) for v in d.values())} | {listed[label]} of {finds[label]} | {', '.join(n for n, _ in ex)} |")
