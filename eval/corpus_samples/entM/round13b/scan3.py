"""Round 13b: reports with a list of places sharing a voltage-named works head (甘孜南、甘孜西、理塘500千伏输变电工程,
水磨沟、鲤鱼山等220千伏输变电工程, 道孚和叶巴滩500千伏送出工程): all corpus reports, and 200 random ones (seed 1331)."""
import glob, random, re
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
random.seed(1331); pick = set(random.sample(files, 200))
H = "\u4e00-\u9fff"
P = re.compile(rf"(?<![0-9千伏{H}])(?:[{H}]{{2,5}}[、和])+[{H}]{{2,5}}等?(?:±)?\d+千伏[{H}]{{0,8}}?(?:工程|线路|变电站)")
allc = []
for f in files:
    t = open(f, encoding="utf-8", errors="ignore").read()
    ms = [m.group(0) for m in P.finditer(t)]
    if ms:
        allc.append(f)
        if f in pick:
            print(f.split("/")[-2], ms[:3])
print("all:", len(allc), "of 200:", len(pick & set(allc)))
