import json,glob,re,sys
from collections import Counter
sets=open('/tmp/progKA/psets').read().split()
pat=re.compile(sys.argv[1])
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progKA/eval/{s}/*.gold.json'))]
c=Counter()
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=set(d.get('programs') or [])
        for m in pat.finditer(open(t).read()):
            x=m.group('n').replace('“','').replace('”','')
            hit=[p for p in progs if x in p or p in x and len(p)>=3]
            k='listed' if hit else 'not'
            c[k]+=1
            print(s,k,m.group(0),hit)
print(c)
