import json,random,sys,collections
d=json.load(open(sys.argv[1])); rnd=random.Random(int(sys.argv[2]))
by=collections.defaultdict(list)
for it in d["items"]: by[it["report"]].append(it)
reps=[r for r in d["reports"] if by[r]]
for r in rnd.sample(reps,int(sys.argv[3])):
    its=sorted(by[r],key=lambda x:x["sentence"])
    # find a window of sentences with most cues, ~3000 chars
    best=(0,0)
    for i in range(len(its)):
        n=0;c=0;j=i
        while j<len(its) and c<3000: c+=len(its[j]["text"]); n+=len(its[j]["found"]); j+=1
        if n>best[0]: best=(n,i)
    print("#####",r)
    c=0;i=best[1]
    while i<len(its) and c<3000:
        it=its[i]; c+=len(it["text"])
        print(it["text"])
        fs=[f"{f[0][:3]}:{f[1]}" for f in it["found"] if f[0] in("project","organization")]
        if fs: print("   >>",", ".join(fs))
        i+=1
