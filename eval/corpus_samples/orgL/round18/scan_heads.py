"""Round 18 orgU: institution head words absent from kg/data/entity_heads.txt, counted on the 200 reports of a dump.

usage: python scan_heads.py DUMP.jsonl HEAD [HEAD …]
For each head: occurrences (with up to 10 characters before) in the dump's sentences, how many lie inside no found
organization, and in how many reports; prints the first 40 uncovered ones.
"""
import json
import re
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for head in sys.argv[2:]:
    hits, reps = [], set()
    for d in rows:
        for m in re.finditer(r"[\u4e00-\u9fff（）()]{0,10}" + head, d["t"]):
            covered = any(head in p and p in d["t"] for p in d["p"])
            if not covered:
                hits.append((d["r"], m.group(0)))
                reps.add(d["r"])
    print(f"== {head}: {len(hits)} uncovered in {len(reps)} reports")
    for r, s in hits[:40]:
        print("  ", r.split("/")[1], r.split("/")[2][:4], s)
