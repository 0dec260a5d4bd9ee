# occurrences of REGEX (group 'n' = candidate name) in studied texts: gold lists full name (F), a shorter/longer variant (V), nothing (-)
import json,glob,re,sys
from collections import Counter
sets=open('/tmp/progLB/sets').read().split()
pat=re.compile(sys.argv[1])
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progLB/eval/{s}/*.gold.json'))]
def names(d,k):
    out=set()
    for p in d.get(k) or []:
        out.add(p if isinstance(p,str) else (p.get('name') or ''))
    return out
tot=Counter()
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=names(d,'programs'); projs=names(d,'projects')
        for m in pat.finditer(open(t).read()):
            n=m.group('n').replace('“','').replace('”','')
            if n in progs: r='F'
            elif n in projs: r='P'
            else:
                v=[p for p in progs if len(p)>=3 and (p in n or n in p)]
                r='V:'+'|'.join(v) if v else '-'
            tot[r[0]]+=1
            print(s, t.split('/')[-1][:14], r, '\t', n, '\t', m.group(0)[-60:])
print(tot)
