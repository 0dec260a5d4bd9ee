# FIELD“X”[tail]: does a gold program containing X keep the field before the quote?
import json,glob,re,sys
from collections import Counter,defaultdict
sets=open('/tmp/progKA/psets').read().split()
pat=re.compile(r'([\u4e00-\u9fff]{2,10})“([^“”，。；]{2,14})”([\u4e00-\u9fff]{0,8})')
res=Counter(); ex=defaultdict(list)
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progKA/eval/{s}/*.gold.json'))]
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=set(d.get('programs') or [])
        text=open(t).read()
        for m in pat.finditer(text):
            pre,x,tail=m.groups()
            hits=[p for p in progs if x in p]
            if not hits: continue
            for p in hits:
                i=p.find(x); before=p[:i]
                if before=='' : k='cut'
                elif pre.endswith(before): k='kept'
                else: k='other'
                res[k]+=1; ex[k].append(f'{s}:{pre}“{x}”{tail[:4]}→{p}')
print(res)
for k,v in ex.items(): print(k,len(v)); print('\n'.join(v))
