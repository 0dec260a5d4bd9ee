"""Round 27 (projKA): how the golds cut a project written `<name>项目` — the gold name keeps 项目 (K) or drops it (D: the gold
name + 项目 is in the text and the gold name does not end in 项目). Official gold and eval/dev2 … dev29 only.

usage: python gold_xiangmu.py > gold_xiangmu.txt
"""
import glob
import json
import re
from pathlib import Path

files = sorted(glob.glob("/work/shared/gold/*.gold.json")) + sorted(
    f for f in glob.glob("eval/dev*/*.gold.json") if re.search(r"/dev([2-9]|1[0-9]|2[0-9])/", f))
keep, drop = [], []
for f in files:
    d = json.loads(Path(f).read_text(encoding="utf-8"))
    p = Path(f)
    cands = [p.with_name(d["report"]), p.parent / "excerpts" / d["report"], Path("/work/shared/reports") / d["report"]]
    text = next((c.read_text(encoding="utf-8") for c in cands if c.exists()), "")
    s = "dev" if "shared" in f else p.parent.name
    for n in d.get("projects") or []:
        if n.endswith("项目"):
            keep.append((s, n))
        elif n + "项目" in text:
            drop.append((s, n))
print(f"keep 项目: {len(keep)} in {len({s for s, _ in keep})} sets; drop 项目: {len(drop)} in {len({s for s, _ in drop})} sets")
for s, n in keep:
    print("K", s, n, sep="\t")
for s, n in drop:
    print("D", s, n, sep="\t")
