"""Round 23 (progHA): the cross-set table of program inventions over the official gold (dev) and dev13 … dev25, split by the
shapes of this round's brief, with how often the golds list the extractor's finds of the same shape (set_finds.py of round
22b run with SETS="dev dev13 … dev25") and the gold names of the shape in dev … dev24 (round 22b's gold_programs.tsv).

usage: python crossshape23.py explain_programs_before.tsv set_finds_before.tsv ../round22b_progGA/gold_programs.tsv
"""
import collections
import re
import sys

SETS = ["dev"] + [f"dev{i}" for i in range(13, 26)]
LEAD = re.compile(r"(?:并(?:实施|形成|推行|开展|执行)|参与|抓实|抓好|抓紧|细化|谋划|响应|力推|承接|放大|做实|争当|勇做|稳妥地)")
SHAPES = [
    ("A verb acting on a programme at the start (参与/谋划/响应/细化/放大/并实施 …) — fix", lambda n: LEAD.match(n)),
    ("B other verb or function word at the start (引进/在/彻底解决/改革/基本完成/促进 …)",
     lambda n: re.match(r"(?:引进|引入|稳妥引入|在|彻底解决|改革|基本完成|促进|提升|试点|各层次|市十件|常益长)", n)),
    ("C document or plan …方案/规划/意见/纲要", lambda n: re.search(r"(?:方案|规划|意见|纲要|办法)$", n)),
    ("D title strived for + 创建 / 示范建设 / 示范工程 (国家卫生城市创建, 海绵城市示范建设)",
     lambda n: re.search(r"(?:创建|示范建设|示范工程)$", n)),
    ("E counted name N大/N个/N场/N项 …", lambda n: re.match(r"^[一二两三四五六七八九十]+[个大场项]", n)),
    ("F campaign named by its topic …大会战/歼灭战/攻坚战", lambda n: re.search(r"(?:大会战|歼灭战|攻坚战)$", n)),
    ("G domain reform, stem of 2–4 characters (财政管理改革, 社会事业改革, 国企改革)",
     lambda n: re.fullmatch(r"[\u4e00-\u9fff]{2,4}改革", n) and not re.search("制度|体制|机制", n)),
    ("H other reform …改革", lambda n: n.endswith(("改革", "改革试点"))),
    ("I mechanism, system, mode …机制/制度/模式/体系", lambda n: re.search(r"(?:机制|制度|模式|体系)$", n)),
    ("J …建设 goal or platform (城市大脑建设, 美丽唐山建设)", lambda n: n.endswith("建设")),
    ("K works …工程 (place-named works: a kind question)", lambda n: n.endswith("工程")),
    ("L …行动/计划/活动", lambda n: re.search(r"(?:行动|计划|活动)$", n)),
    ("M headless name (减税降费, 四好农村路, 无纸化退税, 新型工业化 …)", lambda n: True),
]


def shape(n):
    n = n.replace("“", "").replace("”", "")
    for label, test in SHAPES:
        if test(n):
            return label


inv = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, k, n, c = line.rstrip("\n").split("\t")
    if k == "invented":
        inv[shape(n)][s].append(n)
listed, found = collections.Counter(), collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    s, f, lab, n, c = line.rstrip("\n").split("\t")
    found[shape(n)] += 1
    listed[shape(n)] += lab == "LISTED"
gold = collections.Counter(shape(line.rstrip("\n").split("\t")[-1]) for line in open(sys.argv[3], encoding="utf-8"))
print("| shape | sets | " + " | ".join(s.replace("dev", "") or "dev" for s in SETS) + " | inventions | finds listed | gold names (dev … dev24) | examples |")
print("|---" * (len(SETS) + 6) + "|")
for label, _ in SHAPES:
    per = inv[label]
    ex = [n for s in SETS for n in per.get(s, [])][:5]
    print(f"| {label} | {sum(1 for s in SETS if per.get(s))} | " + " | ".join(str(len(per.get(s, []))) for s in SETS)
          + f" | {sum(len(v) for v in per.values())} | {listed[label]} of {found[label]} | {gold[label]} | {', '.join(ex)} |")
