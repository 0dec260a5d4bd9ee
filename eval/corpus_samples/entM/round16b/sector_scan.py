"""Round 16b (projP): project names of a dump.py file that the corpus uses as a sector/field word,
i.e. the name followed by 产业/行业/领域 in >= MIN corpus reports (旅游产业, 交通领域, 养老行业).
usage: python sector_scan.py DUMP.jsonl [MIN=20]  -> candidates with report counts, then reports/names on the dump."""
import glob, json, re, sys
from collections import defaultdict
MIN = int(sys.argv[2]) if len(sys.argv) > 2 else 20
names = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if re.fullmatch(r"[\u4e00-\u9fff]{2,5}", p):
            names[p].append((d["r"], d["t"]))
texts = [open(f, encoding="utf-8", errors="ignore").read() for f in glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")]
cnt = {}
for p in names:
    rx = re.compile(re.escape(p) + "(?:产业|行业|领域)")
    cnt[p] = sum(1 for t in texts if rx.search(t))
hit = {p: c for p, c in cnt.items() if c >= MIN}
reps = set()
for p, c in sorted(hit.items(), key=lambda x: -x[1]):
    rs = names[p]
    reps.update(r for r, _ in rs)
    t = rs[0][1]; m = t.find(p)
    print(f"{c}\t{p}\t{len(rs)}\t{t[max(0,m-20):m+len(p)+25]}")
print(len(reps), "reports", sum(len(names[p]) for p in hit), "names", file=sys.stderr)
