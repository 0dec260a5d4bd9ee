import json, re, sys
from kg.extract.entities.lexicon import _lexicon
lex = _lexicon()
H = "\u4e00-\u9fff"
RX = re.compile(rf"(?P<n>[{H}A-Za-z0-9（）()·]{{3,24}}?(?:[一二三四五六七八九十]|首)期)(?:工程|项目)?")
d = json.load(open(sys.argv[1]))
rep=set(); miss=set(); ex=[]
for it in d["items"]:
    t = it["text"]
    for m in RX.finditer(t):
        n = m.group("n")
        if lex.heads.search(n[:-2]) and lex.head_role[lex.heads.search(n[:-2]).group(0)] != "program": continue
        rep.add(it["report"])
        if not any(f[2] < m.end() and f[3] > m.start() for f in it["found"] if f[0] != "program"):
            miss.add(it["report"]); ex.append(t[max(0, m.start()-6):m.end()+8])
print("reports", len(rep), "with a miss", len(miss))
for e in ex[:int(sys.argv[2])]: print("  ", e)
