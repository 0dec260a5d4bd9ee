# Round 12b (entT): sentences of the 200 random reports (seed 1222) where a regex occurs.  usage: sents.py REGEX [N]
import glob, random, re, sys
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
sample = sorted(random.Random(1222).sample(files, 200))
p = re.compile(sys.argv[1])
out=[]
for f in sample:
    t = open(f, encoding="utf-8", errors="ignore").read()
    for sent in re.split(r"(?<=[。；！？\n])", t):
        if p.search(sent): out.append(sent.strip()[:300])
for s in out[:int(sys.argv[2]) if len(sys.argv)>2 else 40]: print(s)
