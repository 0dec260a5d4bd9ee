import sys
from collections import defaultdict,Counter
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
by=defaultdict(lambda:{'missed':[],'invented':[]})
for s,f,w,n,c in rows: by[(s,f)][w].append((n,c))
cls=Counter(); out=defaultdict(list)
used=set()
for (s,f),d in by.items():
    for m,c in d['missed']:
        best=None
        for i,_ in d['invented']:
            if i.endswith(m): k='inv=extra+miss (front extra)'
            elif i.startswith(m): k='inv=miss+extra (tail extra)'
            elif m.endswith(i): k='miss=extra+inv (front short)'
            elif m.startswith(i): k='miss=inv+extra (tail short)'
            elif m in i: k='inv contains miss'
            elif i in m: k='miss contains inv'
            elif len(set(m)&set(i))>=4 and (m[-2:]==i[-2:] or m[:2]==i[:2]): k='overlap'
            else: continue
            best=(k,i); break
        if best:
            cls[best[0]]+=1; out[best[0]].append(f'{s}\t{m}\t<{best[1]}>\t{c[:90]}'); used.add((s,f,best[1]))
        else:
            cls['miss alone']+=1; out['miss alone'].append(f'{s}\t{m}\t\t{c[:90]}')
for (s,f),d in by.items():
    for i,c in d['invented']:
        if (s,f,i) not in used: cls['inv alone']+=1; out['inv alone'].append(f'{s}\t{i}\t\t{c[:90]}')
print(cls)
for k,v in out.items():
    print('==',k,len(v)); print('\n'.join(v))
