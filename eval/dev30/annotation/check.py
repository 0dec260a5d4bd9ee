import json, re, glob, sys
sys.path.insert(0,'/work/h/annot30')
from pathlib import Path
from kg.evaluate import load_gold
probs=0
for f in sorted(glob.glob('/work/h/annot30/eval/dev30/*.gold.json')):
    g=load_gold(Path(f))
    d=json.load(open(f)); txt=open(f.replace('.gold.json','.txt')).read()
    def P(m):
        global probs; probs+=1; print(Path(f).name, m)
    if d['report']!=Path(f).name.replace('.gold.json','.txt'): P('report')
    for q in d['quantities']:
        if txt[q['start']:q['end']]!=q['raw']: P('raw '+q['raw'])
        if q['raw'] not in q['sentence']: P('sent '+q['raw'])
        if txt.count(q['sentence'])!=1: P('sentence count '+q['sentence'])
    qs=sorted(d['quantities'],key=lambda q:q['start'])
    for a,b in zip(qs,qs[1:]):
        if b['start']<a['end']: P('overlap')
    for o in d['offsets']:
        if txt[o['start']:o['end']]!=o['surface']: P('surface '+o['surface'])
    for u in d['admin_units']:
        for a in u['aliases']:
            if a not in txt: P('alias '+a)
    for k in ('projects','programs','organizations'):
        if len(set(d[k]))!=len(d[k]): P('dup '+k)
    if len({u['name'] for u in d['admin_units']})!=len(d['admin_units']): P('dup unit')
    if len({(h['honor'],h['recipient']) for h in d['honors']})!=len(d['honors']): P('dup honor')
    kinds={'project':'projects','program':'programs','organization':'organizations'}
    for k,key in kinds.items():
        names={o['name'] for o in d['offsets'] if o['kind']==k}
        if names!=set(d[key]): P('offset set '+k)
    # coverage
    cov=[]
    mask=[False]*len(txt)
    for q in d['quantities']:
        for i in range(q['start'],q['end']): mask[i]=True
    for m in re.finditer(r'[0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万亿]+',txt):
        if not any(mask[m.start():m.end()]):
            cov.append(txt[max(0,m.start()-6):m.end()+6].replace('\n',' '))
    open('/tmp/annot30/coverage_'+Path(f).name.split('_')[0]+'.txt','w').write('\n'.join(cov))
print('problems',probs)
