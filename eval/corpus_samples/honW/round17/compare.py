"""Round 17 (honQ): print, for each of the 60 drawn cue sentences, the honors written by hand and what an hdump.py file holds.
usage: python compare.py sample60_seed1704.tsv expected60_by_hand.tsv DUMP.jsonl"""
import json
import sys

sample = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
exp = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#"):
        continue
    n, h, r, k = line.rstrip("\n").split("\t")
    exp.setdefault(int(n), []).append((h, r, k))
dump = {}
for line in open(sys.argv[3], encoding="utf-8"):
    d = json.loads(line)
    dump[(d["r"], d["i"])] = d["h"]
for n, (r, i, cue, t) in enumerate(sample, 1):
    got = dump.get((r, int(i)), [])
    if not exp.get(n) and not got:
        continue
    print(f"{n} {r.split('/')[1]}/{r.split('/')[2][:4]}: {t[:200]}")
    for h, rr, k in exp.get(n, []):
        print(f"   hand {k}: {h} | {rr}")
    for h, rr in got:
        print(f"   got: {h} | {rr or 'R'}")
