import json,re,sys,random
from kg.extract.entities.stems import _places
P=_places()
d=json.load(open(sys.argv[1]))
n=0;reps=set();rows=[]
for it in d["items"]:
    t=it["text"]
    for f in it["found"]:
        if f[0] in("project","organization") and f[1] in P:
            n+=1;reps.add(it["report"]);rows.append((f[0][:3],f[1],t[max(0,f[2]-15):f[3]+22]))
print(n,len(reps))
for r in random.Random(1).sample(rows,min(int(sys.argv[2]),len(rows))): print(*r,sep=" | ")
