# lists A、B(和C)等[重点][领域|方面]HEAD in studied texts: how many items the gold lists as item+HEAD / item alone / not
import json,glob,re,sys
from collections import Counter
sets=open('/tmp/progKA/psets').read().split()
head=sys.argv[1]
pat=re.compile(r'([^，。；：！？]*?)等(重点|各项|多项|关键)?(领域|方面)?'+head)
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progKA/eval/{s}/*.gold.json'))]
tot=Counter()
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=set(d.get('programs') or [])
        for m in pat.finditer(open(t).read()):
            body=m.group(1)
            if '、' not in body and '和' not in body: continue
            items=re.split('[、和]',body)
            items[0]=items[0][-8:]
            res=[]
            for it in items:
                it=it.replace('“','').replace('”','')
                if any(p==it+head or (p.endswith(it+head)) for p in progs): res.append('H')
                elif any(p.endswith(it) and len(it)>=2 for p in progs): res.append('bare')
                else: res.append('-')
            tot.update(res)
            print(s, t.split('/')[-1][:14], ''.join(x[0] for x in res), m.group(0)[-70:])
print(tot)
