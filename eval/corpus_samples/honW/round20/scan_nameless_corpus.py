"""Round 20 honBA: the nameless-pilot frame (a listing or award verb before scopes and a bare 试点) in every corpus report, raw
text, no extraction; lines of the 200 reports of seed 2007 marked S200 (used to pick test cases outside them).
usage: python scan_nameless_corpus.py > scan_nameless_corpus.txt"""
import glob
import random
import re

files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
pick = set(random.Random(2007).sample(files, 200))
P = re.compile(r"(?:列入|纳入|列为|入选|成为|确定为|获批|被列入|被纳入|被列为|被确定为|获评|荣获)(?:了)?((?:国家|全国|省|全省|省级|自治区|"
               r"自治区级|国家级|中央|市级|和|、|首批|第[一二三四五六七八九十0-9]+批)+(?:改革|综合|重点|示范)?(?:试点|试点示范|示范试点)"
               r"(?:县市|城市|县|市|区|单位|地区)?)(?=[，。；、]|$)")
n, reps = 0, set()
for f in files:
    t = open(f, encoding="utf-8", errors="ignore").read()
    for m in P.finditer(t):
        n += 1
        reps.add(f)
        print(("S200 " if f in pick else "     ") + f.split("/")[-2] + f[-8:-4] + " | " + t[max(0, m.start() - 40):m.end() + 5].replace("\n", " "))
print(n, "lines in", len(reps), "of", len(files), "reports")
