import json,glob,re,sys
rx=re.compile(sys.argv[1])
dirs=['/work/shared/gold']+[d for d in sorted(glob.glob('eval/dev*')) if not d.endswith('dev31')]
import collections; c=collections.Counter()
for d in dirs:
    for g in sorted(glob.glob(d+'/*.gold.json')):
        js=json.load(open(g))
        names=set()
        for k in ('programs','projects','honors','organizations'):
            for p in (js.get(k) or []):
                n=p if isinstance(p,str) else (p.get('name') or '')
                names.add((k,n))
        t=g.replace('.gold.json','.txt')
        try: txt=open(t).read()
        except: continue
        for m in rx.finditer(txt):
            s=m.group(0)
            hit=[(k,n) for k,n in names if n and (s in n or n in s) and len(n)>=2]
            # prefer those overlapping the match
            hit=[h for h in hit if h[1] in txt[max(0,m.start()-15):m.end()+5]]
            tag='LISTED' if hit else 'none'
            c[tag]+=1
            print(d.split('/')[-1],g.split('/')[-1][:14],tag,s,'|',hit[:3],'|',txt[max(0,m.start()-20):m.end()+5].replace('\n',' '))
print(c,file=sys.stderr)
