"""Round 23 progHC: count the lists before 等…改革 / 等…制度 / 等…机制 in every program-annotated development set
(shared/gold, dev2, dev3, dev5, dev7, dev9, dev11, dev13 … dev25; never heldout*, never dev26) and whether the gold
names each item. Items are classed: bare (a field: 财税, 教育, 医药卫生), head (own 制度/体制/机制/改革… head), quoted.
usage: count_lists.py [reform|system]  (system = 等…制度/等…机制 lists that are not reforms)"""
import glob
import json
import re
import sys
from collections import defaultdict

HAN = "\u4e00-\u9fff"
MODE = sys.argv[1] if len(sys.argv) > 1 else "reform"
if MODE == "reform":
    AT = re.compile(rf"等(?P<mid>(?:重点|各项|一系列|系列|重大|关键|领域|方面|[{HAN}]{{1,4}}?)?)(?:制度改革|体制改革|体制机制改革|改革)")
else:
    AT = re.compile(rf"等(?P<mid>[{HAN}]{{0,4}}?)(?:制度|机制)(?!改革)")
HEAD = re.compile(r"(?:改革|试点|建设|制度|体制|机制|监管|模式|工程|行动|试验|制|改制|管理|审批|登记|服务|办)$")
VERB = re.compile(r"^.*?(?:深化|推进|推动|加快|实施|开展|完善|健全|抓好|做好|统筹|坚持|启动|落实|完成|积极|扎实|稳妥|稳步|全面|大力|继续|进一步|着力|加大|建立|探索|深入|创新)+")


def sets():
    out = [("dev", "/work/shared/gold/*.gold.json", "/work/shared/gold/excerpts", "/work/shared/reports")]
    for n in [2, 3, 5, 7, 9, 11] + list(range(13, 26)):
        out.append((f"dev{n}", f"eval/dev{n}/*.gold.json", f"eval/dev{n}", None))
    return out


def text_of(g, d, extra):
    for base in (d, extra):
        if base:
            try:
                return open(f"{base}/{g['report']}", encoding="utf-8").read()
            except FileNotFoundError:
                pass
    return None


rows, tally = [], defaultdict(lambda: defaultdict(lambda: [0, 0]))
for name, pat, d, extra in sets():
    for f in sorted(glob.glob(pat)):
        g = json.load(open(f))
        if g.get("programs") is None:
            continue
        t = text_of(g, d, extra)
        if t is None:
            continue
        progs = [p.replace("“", "").replace("”", "") for p in g["programs"]]
        for m in AT.finditer(t):
            cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？\n") + 1
            seg = t[cs:m.start()]
            if "、" not in seg:
                continue
            seg = VERB.sub("", seg)
            items = re.split(r"、|以及|和|及", seg)
            mid = "field" if re.search("领域|方面", m.group("mid")) else "plain"
            for it in items:
                it = it.strip()
                if not it:
                    continue
                core = it.replace("“", "").replace("”", "")
                kind = "quoted" if "“" in it else ("head" if HEAD.search(core) else "bare")
                listed = any(p.startswith(core) or core in p and len(core) >= 4 for p in progs)
                tally[(mid, kind)][name][0 if listed else 1] += 1
                rows.append((name, f.split("/")[-1], mid, kind, "listed" if listed else "left", it, t[cs:m.end()]))
for r in rows:
    print("\t".join(r))
print("# per (list head, item kind): set listed/left", file=sys.stderr)
for key, per in sorted(tally.items()):
    tot = [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
    print(key, "total listed %d left %d" % tuple(tot), " ".join(f"{s}:{a}/{b}" for s, (a, b) in sorted(per.items())), file=sys.stderr)
