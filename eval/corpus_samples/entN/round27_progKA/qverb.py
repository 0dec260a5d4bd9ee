# “X”V: X a quoted label, V a verb/vn word right after the closing quote; how do the golds cut it?
import json,glob,re,sys
from collections import Counter,defaultdict
sys.path.insert(0,'/work/h/progKA')
from kg.extract.entities.stems import pos
sets=open('/tmp/progKA/psets').read().split()
def files(s):
    if s=='official':
        return [('/work/shared/gold/shayibake_2024.gold.json','/work/shared/reports/shayibake_2024.txt'),
                ('/work/shared/gold/national_2024_excerpt.gold.json','/work/shared/gold/excerpts/national_2024_excerpt.txt'),
                ('/work/shared/gold/urumqi_2024_excerpt.gold.json','/work/shared/gold/excerpts/urumqi_2024_excerpt.txt')]
    return [(g,g.replace('.gold.json','.txt')) for g in sorted(glob.glob(f'/work/h/progKA/eval/{s}/*.gold.json'))]
pat=re.compile(r'“([^“”，。；]{2,12})”([\u4e00-\u9fff]{2,6})')
c=Counter(); ex=defaultdict(list); byv=defaultdict(Counter)
for s in sets:
    for g,t in files(s):
        d=json.load(open(g)); progs=set(d.get('programs') or [])
        for m in pat.finditer(open(t).read()):
            x,after=m.groups()
            w=pos(after)
            if not w: continue
            v,tag=w[0]
            if not (tag in ('v','vn')) or len(v)<2: continue
            if v in ('建设','改革','行动','工程','试点','活动','计划','政策','机制','模式','战略'): continue
            if any(p.endswith(x+v) or (x+v) in p for p in progs): k='XV'
            elif any(p==x or p.endswith(x) for p in progs): k='X'
            elif any(x in p for p in progs): k='other'
            else: k='none'
            c[k]+=1; byv[v][k]+=1; ex[k].append(f'{s}:“{x}”{v}')
print(c)
for k in ex: print(k,' '.join(ex[k][:80]))
print(sorted(byv.items(),key=lambda kv:-sum(kv[1].values()))[:40])
