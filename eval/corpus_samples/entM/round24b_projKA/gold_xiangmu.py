"""How the golds (official, dev2..dev27) cut a name written before 项目: dropped (D) or kept (K)."""
import json, re, glob, collections
from pathlib import Path
sets = [("dev", "/work/shared/gold")] + [(f"dev{n}", f"eval/dev{n}") for n in list(range(2, 12)) + list(range(13, 28))]
cnt = collections.Counter()
for s, d in sets:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        name = Path(g).name.replace(".gold.json", ".txt")
        cands = [Path(d) / name, Path("/work/shared/reports") / name, Path("/work/shared/gold/excerpts") / name]
        t = next((c for c in cands if c.exists()), None)
        if t is None: continue
        text = t.read_text()
        for p in json.load(open(g)).get("projects") or []:
            if p.endswith("项目"):
                print(s, "K", p, sep="\t"); cnt[s, "K"] += 1
            elif p + "项目" in text:
                print(s, "D", p, sep="\t"); cnt[s, "D"] += 1
for k in sorted(cnt): print(k, cnt[k])
