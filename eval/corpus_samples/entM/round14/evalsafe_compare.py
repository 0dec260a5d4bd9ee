import sys,re
def parse(p):
    out={};st=None
    for l in open(p):
        m=re.match(r"== (\S+)$",l.strip())
        if m: st=m.group(1); continue
        m=re.match(r"(projects|programs|organizations|honors)\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+(\S+)",l)
        if m and st: out[(st,m.group(1))]=m.group(2)
    return out
a,b=parse(sys.argv[1]),parse(sys.argv[2])
for k in a:
    if a[k]!=b.get(k) : print(k,a[k],"->",b.get(k))
print("compared",len(a),len(b))
