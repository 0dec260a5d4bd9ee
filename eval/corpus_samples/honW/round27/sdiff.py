"""Round 27 honKA: what changed between two sent_dump.py outputs (usage: sdiff.py BEFORE.jsonl AFTER.jsonl); the totals go to stderr."""
import json
import sys

a = {(d["r"], d["i"]): d for d in map(json.loads, open(sys.argv[1]))}
b = {(d["r"], d["i"]): d for d in map(json.loads, open(sys.argv[2]))}
n = 0; reps = set(); lines = 0
for k in a:
    ha = {tuple(x) for x in a[k]["h"]}; hb = {tuple(x) for x in b[k]["h"]}
    if ha != hb:
        n += 1; reps.add(k[0])
        print(f"## {k[0]} #{k[1]}\n   {a[k]['t'][:300]}")
        for x in sorted(ha - hb): print("   -", x[0], "→", x[1] or "''"); lines += 1
        for x in sorted(hb - ha): print("   +", x[0], "→", x[1] or "''"); lines += 1
print(f"changed sentences {n}, honour lines {lines}, reports {len(reps)}", file=sys.stderr)
