# quoted lists “A、B(、C)” in studied texts: gold lists the whole (W, as one name with 、), items (I), the whole as part of a longer name (L), nothing (-)
import json,glob,re,sys
from collections import Counter
sets=open('/tmp/progLB/sets').read().split()
pat=re.compile(r'(.{0,12})“((?:[^“”，。；、]{1,10}、){1,6}[^“”，。；、]{1,10})”(.{0,12})')
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progLB/eval/{s}/*.gold.json'))]
def names(d):
    out=set()
    for k in ('programs','projects','organizations','honors'):
        for p in d.get(k) or []:
            out.add((k[:4],p if isinstance(p,str) else (p.get('name') or p.get('title') or str(p))))
    return out
tot=Counter()
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); ns=names(d)
        for m in pat.finditer(open(t).read()):
            w=m.group(2); items=w.split('、')
            r=[k+':W' for k,n in ns if n==w] or [k+':L:'+n for k,n in ns if w in n] or [k+':I' for k,n in ns if n in items] or ['-']
            tot[r[0].split(':')[1] if r[0]!='-' else '-']+=1
            print(s, t.split('/')[-1][:14], r[0], '\t', m.group(0).replace('\n',' '))
print(tot)
