import random,re,sys
from glob import glob
sys.path.insert(0,'/work/h/projLB')
from kg.extract.entities.round27b_projLB import CAP
from kg.extract.entities.api import candidates
seed=int(sys.argv[1])
fs=random.Random(seed).sample(sorted(glob('/tmp/govkg-corpus/reports/*/*/*.txt')),200)
pat=re.compile(r'[和及]\s*'+CAP.pattern+r'\s*[\u4e00-\u9fff]{2}')
n=0;reps=set()
for f in fs:
    t=open(f,encoding='utf-8',errors='ignore').read()
    for sent in re.split(r'(?<=[。；;！？\n])',t):
        if pat.search(sent):
            n+=1;reps.add(f)
            print(f.split('/')[-2],'|',sent.strip()[:160]);print('   ',[c[1] for c in candidates(sent) if c[0]=='project'])
print(n,len(reps))
