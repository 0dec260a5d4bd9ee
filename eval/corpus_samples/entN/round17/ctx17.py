"""Round 17 (progQ): program finds that are a quoted string read under its bare name, grouped by the words around the quote.

usage: python ctx17.py DUMP.jsonl [before|after] [N]
Prints, for each find whose name is exactly a “…” quote of its sentence, the 2 characters before the opening quote
(or after the closing one), counted by reports and names, the most frequent first, with 3 examples each.
"""
import collections
import json
import sys

side = sys.argv[2] if len(sys.argv) > 2 else "after"
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
reps = collections.defaultdict(set)
names = collections.Counter()
ex = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        q = "“" + p + "”"
        k = t.find(q)
        if k < 0:
            continue
        key = t[max(0, k - 2):k] if side == "before" else t[k + len(q):k + len(q) + 2]
        reps[key].add(d["r"])
        names[key] += 1
        if len(ex[key]) < 3:
            ex[key].append(p + " ‖ " + t[max(0, k - 20):k + len(q) + 12])
for key, n in sorted(names.items(), key=lambda kv: -len(reps[kv[0]]))[:top]:
    print(f"{key}\t{len(reps[key])}\t{n}\t" + " ;; ".join(ex[key]))
