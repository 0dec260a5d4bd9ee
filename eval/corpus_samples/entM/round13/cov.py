import json,re,sys,random
d=json.load(open(sys.argv[1])); rx=re.compile(sys.argv[2])
tot=0;miss=[];reps=set();mreps=set()
for it in d["items"]:
    t=it["text"]
    for m in rx.finditer(t):
        tot+=1;reps.add(it["report"])
        if not any(f[2]<m.end() and m.start()<f[3] for f in it["found"] if f[0] in("project","organization")):
            miss.append((m.group(0),t[max(0,m.start()-15):m.end()+10]));mreps.add(it["report"])
print("occ",tot,"reports",len(reps),"unfound",len(miss),"in reports",len(mreps))
for r in random.Random(3).sample(miss,min(int(sys.argv[3]),len(miss))): print(*r,sep=" | ")
