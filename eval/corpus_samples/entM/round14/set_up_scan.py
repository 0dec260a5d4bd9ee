import json,collections,re,sys
d=json.load(open(sys.argv[1]))
V=re.compile(sys.argv[2])
H=re.compile(r"[\u4e00-\u9fff“”（）()·]{2,20}?(集团|公司|大学|学院|医院|银行|研究院|研究所|联合会|总会|促进会|协会|商会|学会|联盟|实验室|中心|基金会|合作社|交易所|研究会)")
reps=collections.defaultdict(list)
for it in d["items"]:
    t=it["text"]
    for v in V.finditer(t):
        m=H.match(t,v.end())
        if not m or re.search(r"[，。；、]",m.group(0)): continue
        s,e=m.span()
        got=[f[0][:3]+":"+f[1] for f in it["found"] if f[2]<e and f[3]>s]
        reps[it["report"]].append((m.group(0),got,t[max(0,v.start()-8):e+8]))
print(len(reps))
n=0
for v in reps.values():
    for x in v:
        if not x[1] or sys.argv[3:]: print(x)
