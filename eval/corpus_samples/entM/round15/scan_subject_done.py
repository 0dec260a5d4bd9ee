"""Round 15 (projZ): a clause made of a name ending in a works or facility head and a completion (盘道水库主体完工,
西部国际展览中心主体竣工, 市规划馆主体框架完工) on the 200 reports (seed 1501) of run_sample.py's dump: whether it comes out.
usage: scan_subject_done.py DUMP.json [show]"""
import collections
import json
import re
import sys

from kg.extract.entities.lexicon import _lexicon

lex = _lexicon()
heads = sorted((h for h, r in lex.head_role.items() if r in ("place", "facility")), key=len, reverse=True)
DONE = (r"(?:主体工程|主体框架|主体结构|主体)?(?:基本|全面|顺利|如期|按期|正式|已经|已|全线)?(?:建成通车|建成投用|建成投运|建成投产|建成开放|"
        r"建成运营|建成使用|建成|竣工通车|竣工投用|竣工|完工|封顶|投入使用|投入运营|通车|投用|开馆|开园)")
RX = re.compile(r"(?:^|(?<=[，。；：,;:]))(?:确保|力争|推动|实现|争取)?([^，。；：,;:、等的和及与]{3,20}?(?:" + "|".join(map(re.escape, heads)) + r")(?:[一二三四五六七八九十]期)?)" + DONE + r"(?=[，。；,;]|$)")
d = json.load(open(sys.argv[1]))
rows, per, miss = [], set(), set()
for it in d["items"]:
    for m in RX.finditer(it["text"]):
        name = m.group(1)
        hit = any(f[0] == "project" and (f[1] in name or name in f[1]) for f in it["found"])
        org = any(f[0] == "organization" and (f[1] in name or name in f[1]) for f in it["found"])
        per.add(it["report"])
        if not hit and not org:
            miss.add(it["report"])
        rows.append(("P" if hit else "O" if org else "-", m.group(0), it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1]))
c = collections.Counter(r[0] for r in rows)
print(f"clauses {len(rows)} in {len(per)} reports: {dict(c)}; nothing found in {len(miss)} reports")
if len(sys.argv) > 2:
    for r in rows:
        if r[0] == "-":
            print(*r, sep="\t")
