import json,re,sys,collections
exec(open("eval/corpus_samples/entM/round11/scan.py").read().split("for k,p in pats.items()")[0].split("files=")[0])
src=open("eval/corpus_samples/entM/round11/scan.py").read()
pats=eval(src[src.index("pats={")+5:src.index("}\nfor k")+1])
d=json.load(open(sys.argv[1])); keys=sys.argv[2:]
for k in keys:
    r=re.compile(pats[k]); reps=set(); miss=set(); ex=[]
    for it in d["items"]:
        for m in r.finditer(it["text"]):
            reps.add(it["report"])
            cov=[f for f in it["found"] if f[2]<m.end() and f[3]>m.start()]
            if not any(f[0] in("project","organization") for f in cov):
                miss.add(it["report"]); ex.append(m.group(0)+" | "+";".join(f[0][:3]+":"+f[1] for f in cov))
    print("==",k,len(reps),"reports; none found in",len(miss)); print("\n".join(ex[:25]))
