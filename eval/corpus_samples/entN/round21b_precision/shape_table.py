"""Round 21b (progEB): the cross-set table of program inventions (and misses) by shape, from collect.py's TSV.

usage: python shape_table.py explain_programs_before.tsv [invented|missed]
Shapes are assigned by the first rule that fits (a heuristic, read by hand for the shapes worked on): the pair of round 21b
fix 1, the PPP mode (fix 2), other modes, counted names, list items (a 、 next to the name in its sentence), a verb glued
before the name, documents and plans, goals (…建设/创建), short field reforms, mechanisms and systems, works (…工程),
actions and campaigns, names without a head word (slogans, policies).
"""
import collections
import re
import sys

VERBS = set()
for line in open("kg/data/governing_verbs.txt", encoding="utf-8"):
    if not line.startswith("#"):
        VERBS.update(w for w in line.split() if len(w) >= 2)
VERBS |= set("参与 引入 力推 放大 抓紧 响应 细化 做实 争当 勇做 改革 试点 创新 自觉地 谋划 并实施 基本完成".split())
PAIR = r"改革[”]?(?:[和与及]?创新|[和与及]发展|[和与]?转型|[和与]投入)"


def shape(name, ctx):
    if name.endswith("改革") and re.search(re.escape(name[:-2][-4:]) + PAIR, ctx):
        return "1 pair 改革创新/和发展/转型 (fix 1)"
    if re.search(r"PPP|社会资本合作", name) and name.endswith("模式"):
        return "2 PPP mode (fix 2)"
    if name.endswith("模式"):
        return "3 other …模式"
    if re.match(r"^[一二三四五六七八九十百千两\d]+[大个项场条张件]", name):
        return "4 counted name (N大…)"
    if any(name.startswith(v) and len(name) - len(v) >= 3 for v in VERBS):
        return "5 verb glued before the name"
    plain = ctx
    if ctx == "?" or re.search("、" + re.escape(name[:2]), plain) or re.search(re.escape(name[:-2][-2:]) + "[、和]", plain):
        return "6 list item (、/和/等 list)"
    if re.search(r"(意见|方案|规划|纲要|办法|条例|细则)$", name):
        return "7 document or plan"
    if re.search(r"(建设|创建)$", name):
        return "8 goal …建设/创建"
    if name.endswith("改革") and len(name) <= 6:
        return "9 short field reform"
    if re.search(r"(机制|制度|体系|体制)$", name):
        return "10 mechanism or system"
    if name.endswith("工程"):
        return "11 works …工程"
    if re.search(r"(行动|活动|计划|攻坚战|战役|歼灭战|试点)$", name):
        return "12 action, campaign, pilot"
    if name.endswith("改革"):
        return "13 longer reform"
    return "14 no head word (slogan, policy, brand)"


kind = sys.argv[2] if len(sys.argv) > 2 else "invented"
tab = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, k, n, c = line.rstrip("\n").split("\t")
    if k == kind:
        tab[shape(n, c)][s].append(n)
sets = ["dev"] + [f"dev{i}" for i in range(13, 25)]
print("| shape | sets (n) | " + " | ".join(sets) + " | total | examples |")
print("|---|---|" + "---|" * len(sets) + "---|---|")
for sh in sorted(tab, key=lambda x: int(x.split()[0])):
    row = tab[sh]
    ex = [n for s in sets for n in row.get(s, [])][:4]
    print(f"| {sh} | {len(row)} | " + " | ".join(str(len(row.get(s, []))) or "" for s in sets)
          + f" | {sum(len(v) for v in row.values())} | {', '.join(ex)} |")
