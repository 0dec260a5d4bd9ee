"""Draw 50 scan misses and 50 extractions (projects, organizations) for judging. usage: draw_judge.py SAMPLE.json SEED OUT.tsv"""
import json, random, sys
from compare import compare
from named import named
from run_sample import HEAD_RE
from causes import NOISY, cause
data = json.load(open(sys.argv[1])); r = random.Random(int(sys.argv[2]))
misses, _, _ = compare(data)
xs = [(it, c) for it, c in misses if HEAD_RE.search(c[2][-8:]).group(0) not in NOISY and named(c[2])]
finds = [(it, f) for it in data["items"] for f in it["found"] if f[0] in ("project", "organization")]
print("named misses", len(xs), "project/org finds", len(finds), file=sys.stderr)
with open(sys.argv[3], "w") as out:
    out.write("# verdict\tkind\tname\tcause\treport\tcontext\n")
    for it, c in r.sample(xs, 50):
        t = it["text"]
        out.write(f"?\tmiss\t{c[2]}\t{cause(it, c, it['found']).split(':')[0]}\t{it['report'].split('/')[-1]}\t{t[max(0, c[0] - 30):c[1] + 20]}\n".replace("\n", " ").rstrip() + "\n")
    for it, f in r.sample(finds, 50):
        t = it["text"]
        out.write(f"?\t{f[0]}\t{f[1]}\t\t{it['report'].split('/')[-1]}\t{t[max(0, f[2] - 30):f[3] + 20]}\n".replace("\n", " ").rstrip() + "\n")
