"""Changed program lists between two dumpgate.py outputs: one block per changed sentence (report, index, text, - old, + new)."""
import json,sys
def load(p):
    return {(d["r"],d["i"]):d for d in map(json.loads,open(p))}
a,b=load(sys.argv[1]),load(sys.argv[2])
lines=0; reps=set(); sents=0
for k in sorted(set(a)&set(b)):
    pa,pb=sorted(a[k]["p"]),sorted(b[k]["p"])
    if pa==pb: continue
    sents+=1; reps.add(k[0])
    print(f"{k[0]} {k[1]} | {b[k]['t'][:220]}")
    for n in sorted(set(pa)-set(pb)): print(f"   - {n}"); lines+=1
    for n in sorted(set(pb)-set(pa)): print(f"   + {n}"); lines+=1
print(f"# {lines} changed lines, {sents} sentences, {len(reps)} reports; compared {len(set(a)&set(b))} sentences", file=sys.stderr)
