import json,re,glob,os,sys
sys.path.insert(0,'.')
from kg.extract.entities.round27b_projLB import _split, CAP
files=glob.glob('/work/shared/gold/*.gold.json')+[f for i in range(2,31) for f in glob.glob(f'eval/dev{i}/*.gold.json')]
pat=re.compile(r'[和及]\s*'+CAP.pattern+r'\s*[\u4e00-\u9fff]{2}')
for gf in files:
    g=json.load(open(gf))
    names=[p['name'] if isinstance(p,dict) else p for p in (g.get('projects') or [])]
    for n in names:
        if _split(n): print('GOLD-WHOLE', gf.split('/')[-2], n)
    tf=gf.replace('.gold.json','.txt')
    if not os.path.exists(tf):
        cand=glob.glob('/work/shared/gold/excerpts/'+os.path.basename(tf))+glob.glob('/work/shared/reports/'+os.path.basename(tf).replace('_excerpt',''))
        if not cand: continue
        tf=cand[0]
    t=open(tf).read()
    for m in pat.finditer(t):
        ctx=t[max(0,m.start()-30):m.end()+15].replace('\n',' ')
        near=[n for n in names if n.replace(' ','')[:6] in ctx.replace(' ','') or n.replace(' ','')[-5:] in ctx.replace(' ','')]
        print(gf.split('/')[-2],'|',ctx,'| gold:',near)
