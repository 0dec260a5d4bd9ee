import json,re,glob,os
CAP=re.compile(r'[0-9.]+\s*(?:万|亿|千|百)?\s*(?:吨|辆|台|千瓦|兆瓦|千伏安|头|套|只|羽|片|平方米|立方米|锭|GWh|MWh|GW|MW)(?!级)')
files=glob.glob('/work/shared/gold/*.gold.json')+[f for i in range(2,31) for f in glob.glob(f'eval/dev{i}/*.gold.json')]
keep=drop=other=0; sets_k=set(); sets_d=set()
for gf in files:
    g=json.load(open(gf))
    tf=gf.replace('.gold.json','.txt')
    if not os.path.exists(tf):
        cand=glob.glob('/work/shared/gold/excerpts/'+os.path.basename(tf))+glob.glob('/work/shared/reports/'+os.path.basename(tf).replace('_excerpt',''))
        if not cand: continue
        tf=cand[0]
    t=re.sub(r'\s','',open(tf).read())
    st=gf.split('/')[-2]
    for p in (g.get('projects') or []):
        n=(p['name'] if isinstance(p,dict) else p).replace(' ','')
        if not CAP.search(n): continue
        if n.endswith('项目'): keep+=1; sets_k.add(st); print('KEEP',st,n)
        elif n+'项目' in t: drop+=1; sets_d.add(st); print('DROP',st,n)
        else: other+=1
print('keep',keep,sorted(sets_k),'drop',drop,sorted(sets_d),'no项目 after',other)
