import random,glob,sys
from tests.test_entities import extract
d='/tmp/govkg-corpus/reports'
fs=sorted(glob.glob(d+'/**/*.txt',recursive=True)); random.seed(int(sys.argv[2])); s=random.sample(fs,200)
out=open(sys.argv[1],'w')
for f in s:
    t=open(f,encoding='utf-8',errors='ignore').read()
    r=extract(t)
    tag=f.split('/')[-1][:30]
    for k in ('projects','organizations'):
        for n in sorted(r[k]): out.write(f"{tag}\t{k[0]}\t{n}\n")
