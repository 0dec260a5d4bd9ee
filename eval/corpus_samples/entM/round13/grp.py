import json,re,sys,collections
d=json.load(open(sys.argv[1])); rx=re.compile(sys.argv[2]); kinds=sys.argv[3].split(",") if len(sys.argv)>3 else ["project","organization"]
reps=set(); n=0; out=[]
for it in d["items"]:
    for f in it["found"]:
        if f[0] in kinds and rx.search(f[1]):
            reps.add(it["report"]); n+=1; out.append((f[0][:3],f[1],it["text"][max(0,f[2]-15):f[3]+10]))
print(n,"finds in",len(reps),"reports")
for o in out[:int(sys.argv[4]) if len(sys.argv)>4 else 40]: print(*o,sep=" | ")
