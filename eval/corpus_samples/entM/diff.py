"""Projects and organizations found before and after, per report: the lines that changed. usage: diff.py A.json B.json"""
import collections, json, random, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def finds(d):
    out = collections.defaultdict(dict)
    for it in d["items"]:
        for f in it["found"]:
            if f[0] in ("project", "organization"):
                out[it["report"]][(f[0], f[1])] = it["text"][max(0, f[2] - 20):f[3] + 12]
    return out
fa, fb = finds(a), finds(b)
lost, new = [], []
for r in set(fa) | set(fb):
    for k in fa[r].keys() - fb[r].keys():
        lost.append((r, k, fa[r][k]))
    for k in fb[r].keys() - fa[r].keys():
        new.append((r, k, fb[r][k]))
print("lost", len(lost), "in", len({x[0] for x in lost}), "reports; new", len(new), "in", len({x[0] for x in new}), "reports")
rnd = random.Random(3)
for tag, xs in (("-", lost), ("+", new)):
    for r, k, ctx in rnd.sample(xs, min(int(sys.argv[3]) if len(sys.argv) > 3 else 20, len(xs))):
        print(tag, k[0][:3], k[1], "||", ctx.replace("\n", " "))
