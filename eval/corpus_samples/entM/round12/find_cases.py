import glob, random, re, sys
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
sample = set(random.Random(1212).sample(files, 200))
HELD = "全国 国务院 四川 厦门 宜昌 包头 长沙 福建 桂林 凉山 宁夏 无锡".split()
p = re.compile(sys.argv[1]); n = int(sys.argv[2])
rng = random.Random(7); fs = [f for f in files if f not in sample and not any(h in f for h in HELD)]; rng.shuffle(fs)
k = 0
for f in fs:
    t = open(f, encoding="utf-8", errors="ignore").read()
    for sent in re.split(r"(?<=[。；])", t):
        if p.search(sent) and len(sent) < 160:
            print(f.split("/")[-2], f.split("/")[-1][:4], "|", sent.strip()); k += 1; break
    if k >= n: break
