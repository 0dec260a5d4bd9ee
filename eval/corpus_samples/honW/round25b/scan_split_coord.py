"""Round 25b honLA: honour recipients found as two, split at 及/和/与 inside the text (`怀安县汽车及零部件产业集群` → 怀安县汽车,
零部件产业集群): prints every pair of one title whose recipients are written `A及B` / `A和B` / `A与B`, and the number of reports.

usage: python eval/corpus_samples/honW/round25b/scan_split_coord.py DUMP.jsonl
"""
import json
import sys

reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    hs = d["h"]
    for i, (t1, r1) in enumerate(hs):
        for t2, r2 in hs[i + 1:]:
            if t1 != t2 or not r1 or not r2:
                continue
            for c in "及和与":
                for a, b in ((r1, r2), (r2, r1)):
                    if a + c + b in d["t"]:
                        reps.add(d["r"])
                        print(f"{d['r']}\t{t1}\t{a}{c}{b}")
print(f"reports: {len(reps)}")
