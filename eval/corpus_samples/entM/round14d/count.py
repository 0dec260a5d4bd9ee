import random,glob,re,sys
from tests.test_entities import extract
d='/tmp/govkg-corpus/reports'
fs=sorted(glob.glob(d+'/**/*.txt',recursive=True)); random.seed(1440); s=random.sample(fs,200)
pat=re.compile(r'([\u4e00-\u9fff]{1,6}?(?:国投|城投|交投|文投|产投|水投|建投|铁投|职院|农科院|林科院|医科大|农科所|附属医院|附院|职校|技校))(?!资|[\u4e00-\u9fff]{0,1}(?:集团|公司|有限))')
rep=0; miss=0
for f in s:
    t=open(f,encoding='utf-8',errors='ignore').read()
    hits=set(m.group(1) for m in pat.finditer(t))
    if not hits: continue
    rep+=1
    r=extract(t); orgs=r['organizations']
    un=[h for h in hits if not any(h[-3:] in o for o in orgs)]
    if un: miss+=1
    print(f.split('/')[-1][:25], sorted(hits)[:6], 'UNFOUND', un[:6])
print('reports',rep,'with unfound',miss)
