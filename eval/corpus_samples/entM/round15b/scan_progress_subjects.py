"""Round 15b (projZ2): clauses <name>项目(建设)? + a progress verb (进展顺利, 加快推进, 有序推进…) and whether the extractor
found a project in them. usage: scan_progress_subjects.py DUMP.json"""
import json
import re
import sys

d = json.load(open(sys.argv[1]))
P = re.compile(r"(?:^|[，,。；;：:])(?P<subj>[^，,。；;：:]{3,30}?(?:项目|工程))(?:建设)?(?:进展顺利|推进顺利|顺利推进|加快推进|加快建设|有序推进|稳步推进|"
               r"快速推进|全面推进|扎实推进|加速推进|全力推进|进展良好)(?=[，,。；;]|$)")
rows = []
for it in d["items"]:
    t = it["text"]
    spans = [(f[2], f[3]) for f in it["found"] if f[0] in ("project", "program")]
    for m in P.finditer(t):
        a, b = m.span("subj")
        found = any(a <= x < b for x, y in spans)
        rows.append((it["report"], found, m.group("subj")))
miss = [r for r in rows if not r[1]]
print(f"## {len(rows)} clauses in {len({r[0] for r in rows})} reports; nothing found in {len(miss)} in {len({r[0] for r in miss})} reports")
for r, f, c in miss:
    print("  ", r.split("/")[-2] + r[-8:-4], "|", c)
