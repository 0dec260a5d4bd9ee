import json,re,sys,collections,random
d=json.load(open('/tmp/entX/base.json'))
pat=re.compile(sys.argv[1])
reps=collections.defaultdict(list)
texts={}
for it in d["items"]: texts.setdefault(it["report"],[]).append(it["text"])
import glob
for r in d["reports"]:
    t=open(r).read()
    for m in pat.finditer(t): reps[r].append(t[max(0,m.start()-20):m.end()+10].replace("\n"," "))
print(len(reps),"reports of",len(d["reports"]))
allx=[x for v in reps.values() for x in v]
random.Random(3).shuffle(allx)
for x in allx[:int(sys.argv[2]) if len(sys.argv)>2 else 20]: print("  ",x)
