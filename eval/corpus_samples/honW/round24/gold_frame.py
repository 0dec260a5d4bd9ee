"""Round 24 honHA: how the gold files treat a text frame (listed as an honour or not).

usage: python eval/corpus_samples/honW/round24/gold_frame.py REGEX [SETS...]
For every match of REGEX in the text of a development set (official gold excerpts + dev2 … dev26; never heldout*, dev27),
prints set, file, LISTED/not, the gold honours whose offsets overlap the match's clause, and the clause.
"""
import glob
import json
import re
import sys

pat = re.compile(sys.argv[1])
sets = sys.argv[2:] or ["dev"] + [f"dev{i}" for i in range(2, 27) if i != 12]
for s in sets:
    if s.startswith("heldout") or s == "dev27":
        continue
    golds = sorted(glob.glob("/work/shared/gold/*.json" if s == "dev" else f"eval/{s}/*.gold.json"))
    for g in golds:
        d = json.load(open(g, encoding="utf-8"))
        if s == "dev":
            name = g.split("/")[-1].replace(".json", "")
            cands = glob.glob(f"/work/shared/gold/excerpts/{name}*.txt") + glob.glob(f"/work/shared/reports/{name}*.txt")
        else:
            cands = [g.replace(".gold.json", ".txt")]
        if not cands:
            continue
        text = open(cands[0], encoding="utf-8").read()
        offs = [o for o in d.get("offsets", []) if o["kind"] == "honor"]
        for m in pat.finditer(text):
            a = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
            b = min([x for x in (text.find(c, m.end()) for c in "。；\n") if x >= 0] or [len(text)])
            clause = text[a:b].replace("\n", " ")
            plain = re.sub(r"[“”\s]", "", clause)
            hit = [f"{o.get('name')}→{o.get('recipient')}" for o in offs if o["start"] < b and o["end"] > a]
            hit = hit or [f"{h['honor']}→{h.get('recipient')}" for h in d.get("honors", [])
                          if re.sub(r"[“”\s]", "", h["honor"])[-6:] in plain]
            print(f"{s}\t{g.split('/')[-1][:22]}\t{'LISTED' if hit else 'not'}\t{' | '.join(hit)}\t{clause[:220]}")
