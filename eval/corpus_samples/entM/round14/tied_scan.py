import json,re,sys,collections,random
sys.path.insert(0,'.')
from kg.extract.entities.heads import _named
d=json.load(open('/tmp/entX/base.json'))
H=re.compile(r"(集团|公司|大学|银行|研究院|医院|学院|科学院|研究所|协会|商会|实验室)$")
reps=collections.defaultdict(list)
for it in d["items"]:
    t=it["text"]
    for c in it["cands"]:
        s,e,name=c[0],c[1],c[2]
        if not H.search(name) or t[e:e+1]!=sys.argv[1]: continue
        if any(f[2]<e and f[3]>s for f in it["found"]): continue
        if _named(name,True): reps[it["report"]].append(name+" || "+t[max(0,s-15):e+12])
print(len(reps))
for r,v in reps.items():
    for x in v: print("  ",x)
