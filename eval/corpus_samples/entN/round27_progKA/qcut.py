# how the golds cut “X”HEAD: gold lists X, X+HEAD, longer containing, or nothing
import json,glob,re,sys
from collections import Counter,defaultdict
sets=open('/tmp/progKA/psets').read().split()
head=sys.argv[1] if len(sys.argv)>1 else '建设'
pat=re.compile(r'“([^“”，。；]{2,14})”'+head)
res=Counter(); ex=defaultdict(list)
for s in sets:
    fs=sorted(glob.glob('/work/shared/gold/*.gold.json')) if s=='official' else sorted(glob.glob(f'/work/h/progKA/eval/{s}/*.gold.json'))
    for g in fs:
        d=json.load(open(g))
        progs=set(d.get('programs') or []); projs=set(d.get('projects') or [])
        t=g.replace('.gold.json','.txt')
        if s=='official':
            n=g.split('/')[-1].replace('.gold.json','')
            cands=glob.glob(f'/work/shared/gold/excerpts/{n}*.txt')+glob.glob(f'/work/shared/reports/{n}*.txt')
            t=cands[0] if cands else None
        if not t: continue
        try: text=open(t).read()
        except: continue
        for m in pat.finditer(text):
            x=m.group(1)
            if x+head in progs: k='X+head'
            elif x in progs: k='X'
            elif any(x in p for p in progs): k='longer:'+[p for p in progs if x in p][0]
            elif x+head in projs or x in projs: k='project'
            else: k='none'
            kk=k.split(':')[0]
            res[kk]+=1; ex[kk].append(f'{s}:{x}{head}' + (' ['+k[7:]+']' if kk=='longer' else ''))
print(res)
for k,v in ex.items(): print(k, ' '.join(v))
