# Round 12b (entT): reports of all 2,999 where a regex occurs, and how many of the 200 random ones (seed 1222).
# usage: scan.py REGEX [N examples]
import glob, random, re, sys
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
sample = set(random.Random(1222).sample(files, 200))
p = re.compile(sys.argv[1])
tot = sam = 0; ex = []
for f in files:
    t = open(f, encoding="utf-8", errors="ignore").read()
    ms = [m.group(0) for m in p.finditer(t)]
    if ms:
        tot += 1; ex.append(ms[0])
        if f in sample: sam += 1
print("corpus", tot, "sample200", sam)
random.Random(1).shuffle(ex)
for e in ex[:int(sys.argv[2]) if len(sys.argv)>2 else 12]: print("   ", e.replace("\n"," "))
