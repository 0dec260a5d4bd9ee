import json,sys
b=[json.loads(l) for l in open(sys.argv[1])]
a=[json.loads(l) for l in open(sys.argv[2])]
assert len(a)==len(b)
n=0;reps=set()
with open(sys.argv[3],'w') as w:
  for x,y in zip(b,a):
    if x['p']!=y['p']:
        gone=[p for p in x['p'] if p not in y['p']]; new=[p for p in y['p'] if p not in x['p']]
        n+=1; reps.add(x['r'])
        w.write(f"{x['r']}\t{x['i']}\t-{gone}\t+{new}\t{x['t'][:160]}\n")
print(n,'lines',len(reps),'reports')
