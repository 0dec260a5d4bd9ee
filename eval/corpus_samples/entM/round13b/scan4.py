"""Round 13b: reports with two stations by bare names joined by 和 sharing the station (拉西瓦和积石峡水电站,
道孚和两河口抽蓄电站): all corpus reports and 200 random ones (seed 1331)."""
import glob, random, re
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
random.seed(1331); pick = set(random.sample(files, 200))
H = "\u4e00-\u9fff"
P = re.compile(rf"[{H}]{{2,4}}和[{H}]{{2,4}}(?:水电站|抽蓄电站|抽水蓄能电站|电站|水电厂|电厂)")
allc = []
for f in files:
    ms = [m.group(0) for m in P.finditer(open(f, encoding="utf-8", errors="ignore").read())]
    if ms:
        allc.append(f); print(f.split("/")[-2], ms[:2])
print("all:", len(allc), "of 200:", len(pick & set(allc)))
