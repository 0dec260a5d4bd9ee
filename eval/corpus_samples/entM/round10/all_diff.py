import json,collections,sys
def finds(d):
    out = collections.defaultdict(dict)
    for it in d["items"]:
        for f in it["found"]:
            if f[0] in ("project", "organization"):
                out[it["report"]][(f[0], f[1])] = it["text"][max(0, f[2] - 20):f[3] + 12]
    return out
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
fa,fb=finds(a),finds(b)
for r in sorted(set(fa)|set(fb)):
    for k in sorted(fa[r].keys()-fb[r].keys()): print("-",k[0][:3],k[1],"||",fa[r][k])
    for k in sorted(fb[r].keys()-fa[r].keys()): print("+",k[0][:3],k[1],"||",fb[r][k])
