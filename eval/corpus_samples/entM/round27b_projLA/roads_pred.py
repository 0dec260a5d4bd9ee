import sys,re
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else '.')
from tests.spans import entity_kinds
for line in open(sys.argv[2] if len(sys.argv) > 2 else 'roads_gold.txt'):
    f=line.rstrip('\n').split('\t')
    items=[x.rsplit('/',1) for x in f[2].split(' ')]
    if not any(k=='P' for _,k in items): continue
    ctx=f[4]
    # take the whole sentence containing ctx from the file? use ctx only
    ek=entity_kinds(ctx)
    pr=ek.get('project',set())
    out=[]
    for i,k in items:
        hit='F' if i in pr else ('f' if any(i in x or x in i for x in pr) else '.')
        out.append(f'{i}/{k}{hit}')
    print(f[0],' '.join(out),'| pred:', '、'.join(sorted(pr)),sep='\t')
