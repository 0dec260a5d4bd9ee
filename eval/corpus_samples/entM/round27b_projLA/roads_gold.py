import json,re,glob,sys
from pathlib import Path
sets=['official']+[f'dev{i}' for i in range(2,31)]
ROAD=r'[\u4e00-\u9fa5A-Za-z0-9]{1,10}?(?:大街|大道|大路|路|街|快速路|高速|公路|隧道|大桥|桥)(?:[东西南北]延(?:线|段)?|[东西南北]段|延伸段|改造|拓宽)?'
LIST=re.compile(rf'(?:{ROAD})(?:、(?:{ROAD}))+')
def pairs(name):
    if name=='official':
        g=sorted(glob.glob('/work/shared/gold/*.gold.json'))
        for gf in g:
            d=json.load(open(gf)); r=d['report']
            cands=glob.glob(f'/work/shared/reports/{r}*.txt')+glob.glob(f'/work/shared/gold/excerpts/{r}*.txt')
            if cands: yield gf,cands[0]
    else:
        for gf in sorted(glob.glob(f'/work/h/projLA/eval/{name}/*.gold.json')):
            t=gf.replace('.gold.json','.txt')
            if Path(t).exists(): yield gf,t
for s in sets:
    for gf,t in pairs(s):
        d=json.load(open(gf)); P=set(d.get('projects') or []) ; O=set(d.get('programs',[]))
        txt=open(t).read()
        for m in LIST.finditer(txt):
            items=m.group(0).split('、')
            marks=[('P' if i in P else ('p' if any(i in x or x in i for x in P if len(x)>=2) else '-')) for i in items]
            ctx=txt[max(0,m.start()-15):m.end()+15].replace('\n',' ')
            print(s, Path(t).name[:20], ' '.join(f'{i}/{k}' for i,k in zip(items,marks)),'|',ctx, sep='\t')
