"""Round 23b (projIA): finds made of a list item + the last item's head only, where the last item's own find carries more
between its name and that head (寇河、中固河、王河防洪治理工程 -> 寇河工程; 汀江、九龙江防洪工程 -> 汀江工程).

usage: python scan_head_only.py DUMP.jsonl
For each sentence: a project find p = X + H that is not in the text, X followed by 、 in the text, and another find of the
sentence ending in M + H (M not empty) that is in the text after X.  Prints them and the number of reports.
"""
import json
import sys

reps = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], d["p"]
    for p in found:
        if p in t:
            continue
        for k in range(2, min(6, len(p) - 1) + 1):
            x, h = p[:-k], p[-k:]
            at = t.find(x + "、")
            if len(x) < 2 or at < 0:
                continue
            lasts = [q for q in found if q != p and q.endswith(h) and q in t and t.find(q) > at and len(q) > len(h) + 2]
            if lasts:
                reps.setdefault(d["r"], []).append((p, lasts[0], t[max(0, at - 10):t.find(lasts[0]) + len(lasts[0])]))
                break
for r, v in reps.items():
    for x in v:
        print(r, *x, sep="\t")
print(len(reps), "reports")
