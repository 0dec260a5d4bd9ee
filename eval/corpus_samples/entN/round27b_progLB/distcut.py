# lists A、B(和C)[等][重点|重大]HEAD in studied texts: per item, is item+HEAD listed (H), item alone (b), or nothing (-)
import json,glob,re,sys
from collections import Counter
sets=open('/tmp/progLB/sets').read().split()
head=sys.argv[1]; need_etc=len(sys.argv)>2 and sys.argv[2]=='etc'
pat=re.compile(r'([^，。；：！？]*?)(等)?(重点|重大|民生|系列|示范)?'+head+'(?!项目)')
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progLB/eval/{s}/*.gold.json'))]
tot=Counter(); pers=Counter()
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=set(d.get('programs') or [])|set(d.get('projects') or [])
        progs={p if isinstance(p,str) else (p.get('name') or '') for p in progs} if progs else set()
        for m in pat.finditer(open(t).read()):
            body=m.group(1)
            if need_etc and not m.group(2): continue
            if '、' not in body: continue
            items=re.split('[、和]',body)
            items[0]=re.split('实施|推进|开展|抓好|启动|深化|加快|完成|加强|落实',items[0])[-1][-10:]
            if any(len(i)<2 or len(i)>12 for i in items): continue
            res=[]
            for it in items:
                it=it.replace('“','').replace('”','')
                if any(p.endswith(it+head) or p.endswith(it+'工程') for p in progs): res.append('H')
                elif any(p.endswith(it) for p in progs): res.append('b')
                else: res.append('-')
            tot.update(res); pers[(s,''.join(res).replace('-','')[:1] or '-')]+=1
            print(s, t.split('/')[-1][:14], ''.join(res), m.group(0)[-70:])
print(tot)
