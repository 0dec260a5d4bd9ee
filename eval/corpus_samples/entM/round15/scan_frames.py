"""Round 15 (projZ): frames after a clause-opening name (X将于…通车, X主体建成/完工, X实现…通车, 完成X项目主体建设,
实现A与B贯通) on the 200 reports (seed 1501) of run_sample.py's dump: whether the subject comes out.
usage: scan_frames.py DUMP.json [show]"""
import collections
import json
import re
import sys

d = json.load(open(sys.argv[1]))
FRAMES = {
    "将于…通车/投用": re.compile(r"(?:^|(?<=[，。；：,;:]))([^，。；：,;:、等]{3,20}?)(?:将于|预计|有望于?|计划于?)[^，。；：,;:]{1,12}?(?:通车|投用|投运|投产|建成|竣工|开工|运营|开放)"),
    "主体建成/完工": re.compile(r"(?:^|(?<=[，。；：,;:]))([^，。；：,;:、等]{3,20}?)(?:主体工程|主体框架|主体结构|主体)(?:基本|全面|顺利|已经|已)?(?:建成|完工|竣工|封顶)"),
    "实现…通车": re.compile(r"(?:^|(?<=[，。；：,;:]))([^，。；：,;:、等]{3,20}?)(?:实现|具备)(?:全线|功能性|主线|双向)?(?:通车|贯通|通水|通航|通气)"),
    "完成…主体建设": re.compile(r"完成([^，。；：,;:、等]{3,20}?)(?:项目|工程)?主体(?:工程)?(?:建设|施工)"),
    "实现A与B贯通": re.compile(r"实现([^，。；：,;:、等]{2,12}与[^，。；：,;:、等]{2,12})(?:贯通|连通|互通|对接)"),
}
per = collections.defaultdict(set)
miss = collections.defaultdict(set)
rows = []
for it in d["items"]:
    t = it["text"]
    for k, rx in FRAMES.items():
        for m in rx.finditer(t):
            name = m.group(1)
            hit = any(f[0] == "project" and (f[1] in name or name in f[1]) for f in it["found"])
            per[k].add(it["report"])
            if not hit:
                miss[k].add(it["report"])
            rows.append((k, "P" if hit else "-", m.group(0), it["report"].split("/")[-2] + "/" + it["report"].split("/")[-1]))
for k in FRAMES:
    n = sum(1 for r in rows if r[0] == k)
    nm = sum(1 for r in rows if r[0] == k and r[1] == "-")
    print(f"{k}: {n} in {len(per[k])} reports; subject not found {nm} in {len(miss[k])} reports")
if len(sys.argv) > 2:
    for r in rows:
        print(*r, sep="\t")
