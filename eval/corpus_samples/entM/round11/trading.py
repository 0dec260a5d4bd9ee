import glob,re,random,collections,sys
sys.path.insert(0, ".")
from kg.extract.entities.stems import pos
from kg.extract.tokens import word_frequency
files=sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
samp=set(random.Random(1111).sample(files,200))
r=re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(集团|公司|银行|股份)|[、与和及支持推动引进](?:[\u4e00-\u9fff]{0,0})([\u4e00-\u9fff]{2})(集团|公司|银行)")
ok=lambda w: len(pos(w))==1 and pos(w)[0][1] in("n","nz","j") and 10<=word_frequency(w)<100
n=ns=0; c=collections.Counter()
for f in files:
    t=open(f,encoding="utf-8",errors="ignore").read(); hit=False
    for m in r.finditer(t):
        w=m.group(1) or m.group(3)
        if ok(w): hit=True; c[w+(m.group(2) or m.group(4))]+=1
    if hit: n+=1; ns+= f in samp
print("reports",n,"sample",ns); print(" ".join(x for x,_ in c.most_common(60)))
