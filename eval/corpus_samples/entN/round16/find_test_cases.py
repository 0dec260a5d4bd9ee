import glob, re, json, random
from tests.test_entities import extract
import kg.extract.entities.programs as P
import kg.extract.entities.api as A
in200 = {json.loads(l)["r"] for l in open("/tmp/progP-before.jsonl")}
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
print(len(files), len(in200))
random.Random(7).shuffle(files)
orig = P.round16_programs
n = k = 0
for f in files[:900]:
    rel = f[len("/tmp/govkg-corpus/reports/"):]
    if rel in in200: continue
    for s in re.findall(r"[^。；\n]*(?:纳入|列入)[^。；\n]*[。；]", open(f, encoding="utf-8").read()):
        if len(s) > 160: continue
        k += 1
        P.round16_programs = orig; A._analyse.cache_clear(); a = extract(s)["programs"]
        P.round16_programs = lambda s: None; A._analyse.cache_clear(); b = extract(s)["programs"]
        if a != b:
            print(rel, "|", s, "|", sorted(b - a), "->", sorted(a - b), flush=True); n += 1
    if n >= 8: break
print("tested", k)
