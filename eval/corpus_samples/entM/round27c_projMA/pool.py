import json,glob,re,sys
FR=re.compile(r"建成开园|开园|开馆|封顶|开业|主体施工|主体完工|投用|投入使用|投入运营|建成投运|开放|启用")
sets=open('/tmp/projMA/sets').read().split()
for st in sets:
    files=sorted(glob.glob('/work/shared/gold/*.gold.json')) if st=='official' else sorted(glob.glob(f'eval/{st}/*.gold.json'))
    for g in files:
        d=json.load(open(g)); tp=g.replace('.gold.json','.txt')
        try: t=open(tp).read()
        except: continue
        offs=[o for o in d.get('offsets',[]) if o['kind']=='project']
        for m in re.finditer(r"[^。；！？\n]+",t):
            cl=m.group(0)
            if not FR.search(cl): continue
            gp=[o['surface'] for o in offs if m.start()<=o['start']<m.end()]
            print(st, g.split('/')[-1][:14], '|', cl[:160], '|| GOLD:', gp)
