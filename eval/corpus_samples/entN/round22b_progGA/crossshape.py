"""Round 22b (progGA): the cross-set table of program inventions by the shapes of this round's brief, with what the golds list of
the same shape (finds of the extractor that the gold lists, set_finds.py; and all gold names of dev … dev24 but dev12).

usage: python crossshape.py explain_programs_before.tsv set_finds_before.tsv gold_programs.tsv
"""
import collections
import re
import sys

SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]
QTY_LEN = re.compile(r"[0-9.]+(?:多|余)?(?:万|亿)?(?:多|余)?(?:公里|千米)")
QTY_AREA = re.compile(r"[0-9.]+(?:多|余)?(?:万|亿)?(?:多|余)?(?:亩|公顷|平方米)")
HEAD = re.compile(r"(?:工程|计划|行动|改革|战略|试点|活动|攻坚战|建设|项目|规划|机制|制度|政策)$")


def after(name, ctx):
    plain = ctx.replace("“", "").replace("”", "")
    i = plain.find(name)
    return plain[i + len(name):] if i >= 0 else ""


SHAPES = [
    ("a counted principle 两个毫不动摇, 三个区分开来, 四个判断标准 (fix 1)",
     lambda n, c: re.fullmatch(r"[一二两三四五六七八九十]{1,2}个(?:毫不动摇|区分开来|绝不允许|重大原则|方面(?:的)?要求|判断标准|维护|确立|意识|自信|务必|大局)", n)),
    ("b headless name + length …公里 (fix 2)", lambda n, c: not HEAD.search(n) and QTY_LEN.match(after(n, c))),
    ("b' headless name + area …亩 (left)", lambda n, c: not HEAD.search(n) and QTY_AREA.match(after(n, c))),
    ("c running/managing mode …运营/运作/管理模式 (fix 3: unquoted)", lambda n, c: re.search(r"(?:运营|运作|运行|管理|经营|运维|管护|养护|维护)(?:新)?模式$", n)),
    ("d other …模式", lambda n, c: n.endswith("模式")),
    ("e …长效机制/常态化机制", lambda n, c: re.search(r"(?:长效|常态化)机制$", n)),
    ("f other …机制", lambda n, c: n.endswith("机制")),
    ("g …制度 (现代企业制度 …)", lambda n, c: n.endswith("制度")),
    ("h …体系/格局", lambda n, c: re.search(r"(?:体系|格局)$", n)),
    ("i 美丽/平安/健康/智慧/法治 + X + 建设 (goals: progFB's)", lambda n, c: re.match(r"^(?:美丽|平安|健康|智慧|法治|清廉)", n) and n.endswith("建设")),
    ("j other …建设 (goals)", lambda n, c: n.endswith("建设")),
    ("k X创建", lambda n, c: n.endswith("创建")),
    ("l other counted N个/N大/N场 …", lambda n, c: re.match(r"^[一二两三四五六七八九十]+[个大场项]", n)),
]


def shape(n, c):
    for label, test in SHAPES:
        if test(n, c):
            return label
    return None


inv = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, k, n, c = line.rstrip("\n").split("\t")
    if k == "invented" and shape(n, c):
        inv[shape(n, c)][s].append(n)
listed = collections.Counter()
found = collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    s, f, lab, n, c = line.rstrip("\n").split("\t")
    sh = shape(n, c)
    if sh:
        found[sh] += 1
        listed[sh] += lab == "LISTED"
gold = collections.Counter()
for line in open(sys.argv[3], encoding="utf-8"):
    s, f, n = line.rstrip("\n").split("\t")
    sh = shape(n, "")
    if sh:
        gold[sh] += 1
print("| shape | sets | " + " | ".join(x.replace("dev", "") or "dev" for x in SETS) + " | inventions | finds listed (dev, 13–24) | gold names of the shape (all sets) | examples |")
print("|---|---|" + "---|" * len(SETS) + "---|---|---|---|")
for label, _ in SHAPES:
    row = inv.get(label, {})
    ex = [n for s in SETS for n in row.get(s, [])][:4]
    print(f"| {label} | {len(row)} | " + " | ".join(str(len(row.get(s, []))) for s in SETS)
          + f" | {sum(len(v) for v in row.values())} | {listed[label]} of {found[label]} | {gold[label]} | {', '.join(ex)} |")
