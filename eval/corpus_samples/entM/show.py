import json, random, sys
from compare import compare
from named import named
from run_sample import HEAD_RE
from causes import NOISY, cause
data = json.load(open(sys.argv[1])); want = sys.argv[2]; n = int(sys.argv[3])
misses, _, _ = compare(data)
xs = [(it, c) for it, c in misses if HEAD_RE.search(c[2][-8:]).group(0) not in NOISY and named(c[2]) and cause(it, c, it["found"]).startswith(want)]
for it, c in random.Random(7).sample(xs, min(n, len(xs))):
    t = it["text"]
    near = [f[1] for f in it["found"] if abs(f[2] - c[0]) < 40]
    print(c[2], "||", t[max(0, c[0] - 25):c[1] + 15].replace("\n", " "), "|| found:", near)
