import json, re, sys, collections
from kg.extract.entities.lexicon import _lexicon
lex = _lexicon()
d = json.load(open(sys.argv[1]))
PH = re.compile(r"[（(]?(?:[一二三四五六七八九十]|首)期[）)]?")
rep = set(); miss = set(); ex = []
for it in d["items"]:
    t = it["text"]
    for m in lex.heads.finditer(t):
        if lex.head_role[m.group(0)] == "program": continue
        p = PH.match(t, m.end())
        if not p: continue
        rep.add(it["report"])
        if not any(f[2] < m.end() and f[3] > m.start() for f in it["found"] if f[0] != "program"):
            miss.add(it["report"]); ex.append(t[max(0, m.start()-18):p.end()+8])
print("reports", len(rep), "with a miss", len(miss), "mentions missed", len(ex))
for e in ex[:int(sys.argv[2]) if len(sys.argv) > 2 else 30]: print("  ", e)
