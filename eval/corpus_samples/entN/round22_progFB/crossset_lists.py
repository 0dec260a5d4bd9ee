"""Round 22 (progFB): the cross-set table of program misses/inventions for list items, goals and documents.

usage: python crossset_lists.py explain_programs_before.tsv [rows]
Input: round 21b's collect.py TSV (set, file, missed|invented, name, sentence). Each line goes to the first shape that fits
(a heuristic, read by hand for the shapes worked on):
  L1 single item before 等 + bare head (推进薪酬制度等改革)            L2 item of `X、Y等<bare head>` (改革/工程/行动/计划/制度)
  L3 item of `X、Y等(重点)领域/方面改革` (fields)                     L4 item before 等 + a qualified head (等重点生态工程)
  L5 item of a 、 list sharing one head written once, no 等 (X、Y改革) L6 other 、/和 list item
  G  goal …建设/创建/示范区 (a thing to build, not a programme)       D  document or plan (意见, 方案, 规划, 纲要, 办法, 条例)
  O  other
"""
import collections
import re
import sys

BARE = r"(?:重点|专项)?(?:改革|工程|行动|计划|制度|机制|专项行动)"


def key(name):
    core = re.sub(r"(改革|工程|专项行动|行动|计划|制度|机制)$", "", name)
    return core[:4] if len(core) >= 4 else core


def shape(name, ctx):
    k = key(name)
    i = ctx.find(k) if k else -1
    if i >= 0:
        after = ctx[i:i + 60]
        etc = re.search(r"等([^，。；、]{0,8}?)(改革|工程|行动|计划|制度|机制)", after)
        before = ctx[max(0, i - 40):i]
        listy = "、" in after[:etc.start()] if etc else False
        listy = listy or before.endswith("、") or re.search(r"、[^，。；]{0,16}$", before)
        if etc and not re.search("[，。；]", after[:etc.start()]):
            mid = etc.group(1)
            if re.search("领域|方面", mid):
                return "L3 item of X、Y等领域/方面改革"
            if re.fullmatch(r"(?:重点|专项)?", mid):
                return "L2 item of X、Y等<bare head>" if listy else "L1 single item before 等 + bare head"
            return "L4 item before 等 + a qualified head"
        if listy and re.search(r"、", ctx[max(0, i - 20):i + 30]):
            if re.match(rf"[^，。；、]{{0,14}}{BARE}", ctx[i + len(k):i + 40]) and not re.search(BARE, ctx[max(0, i - 20):i]):
                return "L5 item of a 、 list sharing one head (no 等)"
            return "L6 other 、/和 list item"
    if re.search(r"(建设|创建|示范区|示范市|示范县)$", name):
        return "G goal …建设/创建"
    if re.search(r"(意见|方案|规划|纲要|办法|条例|细则|决定|通知)$", name) or re.search("《" + re.escape(name[:3]), ctx):
        return "D document or plan"
    return "O other"


rows = len(sys.argv) > 2
tab = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
ex = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, kind, n, c = line.rstrip("\n").split("\t")
    sh = shape(n, c)
    tab[sh][s][0 if kind == "missed" else 1] += 1
    ex[sh].append((s, kind[0], n))
    if rows:
        print(f"{sh[:2]}\t{s}\t{kind}\t{n}\t{c[:120]}")
if rows:
    sys.exit()
sets = ["dev"] + [f"dev{i}" for i in range(13, 25)]
print("| shape | sets | " + " | ".join(sets) + " | misses / inventions | examples |")
print("|---|---|" + "---|" * len(sets) + "---|---|")
for sh in sorted(tab):
    row = tab[sh]
    m = sum(v[0] for v in row.values())
    i = sum(v[1] for v in row.values())
    cells = [f"{row[x][0]}/{row[x][1]}" if x in row else "" for x in sets]
    print(f"| {sh} | {len(row)} | " + " | ".join(cells) + f" | {m} / {i} | "
          + ", ".join(f"{n} ({s}{k})" for s, k, n in ex[sh][:5]) + " |")
