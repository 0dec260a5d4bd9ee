"""Round 25b honLA: honour titles cut inside the quotes that hold them (`获评“河北省城市更新范例”` → 河北省城市): a found title
whose quoted span in the sentence goes on past the title's end. Prints report, title, the quoted span; then the number of reports.

usage: python eval/corpus_samples/honW/round25b/scan_quoted_cut.py DUMP.jsonl
"""
import json
import re
import sys

reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for t, _r in d["h"]:
        for q in re.finditer(r"“([^“”]{2,40})”", d["t"]):
            inner = q.group(1)
            tail = t[-min(4, len(t)):]
            i = inner.find(tail)
            if i >= 0 and i + len(tail) < len(inner) and re.match(r"[一-龥]", inner[i + len(tail):]) and t.endswith(tail):
                reps.add(d["r"])
                print(f"{d['r']}\t{t}\t{q.group(0)}\t{d['t'][max(0, q.start() - 12):q.end() + 4]}")
print(f"reports: {len(reps)}")
