"""Round 21b (progEB): programs `X改革` of a dump.py file written as one side of a pair — 改革创新, 改革和发展, 改革与发展,
改革转型, 改革和投入 … (深化金融改革创新, 加快水利改革和发展, 推进社会事业改革创新).

usage: python scan_pairs.py DUMP.jsonl [-v]   (counts finds / reports per pair word; -v prints each find with its sentence)
"""
import collections
import json
import re
import sys

PAIR = re.compile(r"改革(?P<pair>创新|和创新|与创新|和发展|与发展|及发展|转型|和转型|和投入|发展)")
by = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    for p in d["p"]:
        if not p.endswith("改革"):
            continue
        for m in re.finditer(re.escape(p[:-2]) + PAIR.pattern, t):
            by[m.group("pair")].append((d["r"], p, t))
            break
allr = set()
for k, v in sorted(by.items(), key=lambda kv: -len(kv[1])):
    reps = {r for r, _, _ in v}
    allr |= reps if k != "发展" else set()
    print(f"{k}\t{len(v)} finds\t{len(reps)} reports")
print("all but 发展:", len(allr), "reports")
if "-v" in sys.argv:
    for k, v in by.items():
        for r, p, t in v:
            i = t.find(p[:-2])
            print(k, r, p, t[max(0, i - 20):i + len(p) + 12], sep="\t")
