import json, re, sys
from decimal import Decimal
CN = {'零':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
def cn2num(s):
    total=0; cur=0
    for ch in s:
        if ch in CN: cur=CN[ch]
        elif ch=='十': total+=(cur or 1)*10; cur=0
        elif ch=='百': total+=(cur or 1)*100; cur=0
        elif ch=='千': total+=(cur or 1)*1000; cur=0
    return Decimal(total+cur)
LEAD=('近','超过','超','约','逾','上','达')
TRAIL=('以上','左右','以内','以下','多','余')
def parse(raw):
    r=raw.replace(' ','')
    for l in LEAD:
        if r.startswith(l): r=r[len(l):]; break
    for t in TRAIL:
        if r.endswith(t): r=r[:-len(t)]; break
    m=re.match(r'(\d+(?:\.\d+)?)',r)
    if m: num=Decimal(m.group(1)); rest=r[m.end():]
    else:
        m=re.match(r'[零一二两三四五六七八九十百千]+',r)
        s=m.group(0); rest=r[m.end():]
        # a trailing 千 before 瓦/米/克 is a unit
        if s.endswith('千') and rest[:1] in '瓦米克' and len(s)>1: s=s[:-1]; rest='千'+rest
        num=cn2num(s)
    if rest[:1] in ('多','余'): rest=rest[1:]
    mult=Decimal(1)
    for k,v in (('万亿',Decimal(10)**12),('亿',Decimal(10)**8),('万',Decimal(10)**4),('千',Decimal(1000))):
        if rest.startswith(k) and not (k=='千' and rest[1:2] in ('瓦','米','克','伏')):
            mult=v; rest=rest[len(k):]; break
    unit=rest
    for t in TRAIL:
        if unit.endswith(t): unit=unit[:-len(t)]
    unit={'个百分点':'百分点','％':'%'}.get(unit,unit)
    if unit.startswith('个') and len(unit)>1 and unit!='个百分点': unit='个'
    val=num*mult
    val=int(val) if val==val.to_integral_value() else float(val)
    return val, unit
def find_unique(text, s, what):
    i=text.find(s)
    if i<0: raise SystemExit(f'NOT FOUND {what}: {s}')
    if text.find(s,i+1)>=0: raise SystemExit(f'NOT UNIQUE {what}: {s}')
    return i
def build(name, meta, Q, E):
    text=open(f'/work/h/annot31/eval/dev31/{name}_excerpt.txt',encoding='utf-8').read()
    qs=[]
    for line in Q.strip().split('\n'):
        line=line.strip()
        if not line or line.startswith('#'): continue
        parts=[p.strip() for p in line.split('|')]
        raw,ind,t,sent=parts[:4]
        unit_over=parts[4] if len(parts)>4 and parts[4] else None
        si=find_unique(text,sent,'sentence')
        k=sent.find(raw)
        if k<0: raise SystemExit(f'raw not in sentence: {raw} / {sent}')
        if sent.find(raw,k+1)>=0 and not (len(parts)>5): raise SystemExit(f'raw twice in sentence: {raw} / {sent}')
        if len(parts)>5: k=sent.find(raw,k+1)
        val,unit=parse(raw)
        if unit_over: unit=unit_over
        qs.append(dict(raw=raw,value=val,unit=unit,indicator=ind,target=(t=='T'),sentence=sent,start=si+k,end=si+k+len(raw)))
    qs.sort(key=lambda q:q['start'])
    for a,b in zip(qs,qs[1:]):
        if b['start']<a['end']: raise SystemExit(f'overlap {a["raw"]} {b["raw"]}')
    units=[];projects=[];programs=[];orgs=[];honors=[];offsets=[]
    def span(surface, after=None):
        st=0
        if after:
            st=text.find(after)
            if st<0: raise SystemExit('anchor not found '+after)
        i=text.find(surface,st)
        if i<0: raise SystemExit('surface not found '+surface)
        return i,i+len(surface)
    for line in E.strip().split('\n'):
        line=line.strip()
        if not line or line.startswith('#'): continue
        kind,rest=line.split(' ',1)
        if kind=='A':
            nm,level,al,parent=[x.strip() for x in rest.split('|')]
            surf,after=nm,None
            if '@' in nm: nm,surf=nm.split('@',1)
            if '^' in surf: surf,after=surf.split('^',1)
            aliases=[a for a in al.split(',') if a]
            units.append(dict(name=nm,level=level,aliases=aliases,parent=(parent or None)))
            s,e=span(surf,after); offsets.append(dict(kind='admin_unit',name=nm,surface=surf,start=s,end=e))
            for a in aliases:
                aa,aft=(a.split('^',1)+[None])[:2] if '^' in a else (a,None)
                s,e=span(aa,aft); offsets.append(dict(kind='admin_unit',name=nm,surface=aa,start=s,end=e,role='alias'))
            units[-1]['aliases']=[a.split('^')[0] for a in aliases]
        elif kind in 'PGO':
            nm=rest.strip(); surf=nm; after=None
            if '@' in nm: nm,surf=nm.split('@',1)
            if '^' in nm: nm=nm.split('^',1)[0]
            if '^' in surf: surf,after=surf.split('^',1)
            lst={'P':projects,'G':programs,'O':orgs}[kind]
            if nm in lst: raise SystemExit('dup '+nm)
            lst.append(nm)
            s,e=span(surf,after)
            offsets.append(dict(kind={'P':'project','G':'program','O':'organization'}[kind],name=nm,surface=surf,start=s,end=e))
        elif kind=='H':
            h,r=[x.strip() for x in rest.split('<-')]
            hs=h; 
            if '@' in h: h,hs=h.split('@',1)
            rs=r
            if '@' in r: r,rs=r.split('@',1)
            honors.append(dict(honor=h,recipient=r))
            s,e=span(hs); offsets.append(dict(kind='honor',name=h,surface=hs,start=s,end=e))
            s,e=span(rs); offsets.append(dict(kind='honor',name=h,surface=rs,start=s,end=e,role='recipient',recipient=r))
    for q in qs:
        assert text[q['start']:q['end']]==q['raw']
    for o in offsets: assert text[o['start']:o['end']]==o['surface']
    g=dict(report=f'{name}_excerpt.txt',meta=meta,admin_units=units,quantities=qs,projects=projects,programs=programs,organizations=orgs,honors=honors,offsets=offsets)
    json.dump(g,open(f'/work/h/annot31/eval/dev31/{name}_excerpt.gold.json','w'),ensure_ascii=False,indent=1)
    print(name, 'units',len(units),'q',len(qs),'targets',sum(q['target'] for q in qs),'P',len(projects),'G',len(programs),'O',len(orgs),'H',len(honors))
    return text, qs
