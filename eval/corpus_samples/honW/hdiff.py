"""Round 13 (honU): the honor lines that differ between two hdump.py files, by sentence (usage: hdiff.py BEFORE AFTER)."""
import json
import sys


def load(p):
    out={}
    for l in open(p):
        d=json.loads(l)
        for h in d['h']: out.setdefault((d['r'],d['i']),[]).append(tuple(h))
        out.setdefault(('T',d['r'],d['i']),d['t'])
    return out
a,b=load(sys.argv[1]),load(sys.argv[2])
keys=sorted(k for k in set(a)|set(b) if k[0]!='T')
n=0;reps=set()
for k in keys:
    x,y=a.get(k,[]),b.get(k,[])
    rem=[h for h in x if h not in y]; add=[h for h in y if h not in x]
    if rem or add:
        reps.add(k[0]); t=a.get(('T',)+k) or b.get(('T',)+k)
        print(k[0].split('/')[1], k[0][-8:-4], '|', t[:160])
        for h in rem: print('   -', h); n+=1
        for h in add: print('   +', h); n+=1
print(n,'changed lines in',len(reps),'reports')
