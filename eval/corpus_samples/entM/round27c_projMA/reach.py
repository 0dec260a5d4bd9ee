import json,re,sys,collections
FR=re.compile(r"(?:主体(?:结构|钢结构|工程|框架|厂房)?|主塔|大坝|结构)?(?:已经|已|正式|顺利|全面|全线|基本|全部|即将|如期|按期|提前|年内|率先|成功|震撼|建成)*(封顶|开园(?:运营)?|开馆(?:运营|投运)?|开业(?:运营|运行)?|完成主体施工|主体完工|主体完成)$")
c=collections.Counter(); reps=collections.defaultdict(set)
for l in open(sys.argv[1]):
    d=json.loads(l)
    for cl in re.split(r"[，；。：]",d['t']):
        m=FR.search(cl)
        if not m or len(cl)-len(m.group(0))<3: continue
        subj=cl[:m.start()]
        read=[p for p in d['p'] if p in subj]
        tag='READ' if read else 'UNREAD'
        c[(m.group(1)[:2],tag)]+=1; reps[(m.group(1)[:2],tag)].add(d['r'])
        if len(sys.argv)>2: print(tag, m.group(1), '|', cl, '|', read, '|', d['r'].split('/')[-1])
for k in sorted(c): print(k, c[k], len(reps[k]))
