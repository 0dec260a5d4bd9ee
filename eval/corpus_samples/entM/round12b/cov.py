# Round 12b (entT): occurrences of a list structure in a run_sample.py output, and reports where an item of it was found by
# nothing (a rough count: items are split on 、 和 及).  usage: cov.py SAMPLE.json REGEX [N]
import json, re, sys
d = json.load(open(sys.argv[1]))
p = re.compile(sys.argv[2])
show = int(sys.argv[3]) if len(sys.argv) > 3 else 30
occ = 0; reps = set(); unread = set(); ex = []
for it in d["items"]:
    t = it["text"]
    for m in p.finditer(t):
        occ += 1; reps.add(it["report"])
        g = m.groupdict().get("items")
        a, b = (m.span("items") if g else m.span())
        items = re.split(r"、|和|及", t[a:b])
        pos = a; miss = []
        for x in items:
            s = t.find(x, pos); e = s + len(x); pos = e
            cov = [f[1] for f in it["found"] if f[2] < e and s < f[3] and f[0] in ("project", "organization")]
            if not cov: miss.append(x)
        if miss:
            unread.add(it["report"]); ex.append((t[max(0,a-15):b+10], miss, [f[1] for f in it["found"] if f[2] < b and a < f[3]]))
print("occurrences", occ, "reports", len(reps), "reports with an unread item", len(unread))
for e in ex[:show]: print("  ", e[0].replace("\n", " "), "| miss:", e[1], "| found:", e[2])
