import glob,re,random,collections
files=sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
samp=set(random.Random(1111).sample(files,200))
r=re.compile(r"([\u4e00-\u9fff]{2,6})股份(?![\u4e00-\u9fff])|([\u4e00-\u9fff]{2,6})股份(?=[、和及等成上挂在顺正实])")
c=collections.Counter(); n=0; ns=0
for f in files:
    t=open(f,encoding="utf-8",errors="ignore").read(); ms=[m.group(0) for m in r.finditer(t)]
    if ms: n+=1; ns+=f in samp; c.update(ms)
print(n,ns); print(" ".join(x for x,_ in c.most_common(80)))
