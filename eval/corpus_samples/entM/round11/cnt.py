import glob,re,sys,collections,random
files=sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
samp=set(random.Random(1111).sample(files,200))
texts={f:open(f,encoding="utf-8",errors="ignore").read() for f in files}
for w in sys.argv[1:]:
    r=re.compile(r"([\u4e00-\u9fff·（）]{2,8})"+w)
    rb=re.compile(r"(?:建设|建成|打造|开工|推进|启动|加快|投用|规划)[^，。；]{0,10}"+w)
    n=sum(1 for t in texts.values() if w in t); nb=sum(1 for t in texts.values() if rb.search(t))
    ns=sum(1 for f in samp if rb.search(texts[f]))
    ex=collections.Counter(m for t in texts.values() for m in r.findall(t)[:1])
    print(w,"reports",n,"built",nb,"sample-built",ns," ".join(x for x,_ in ex.most_common(10)))
