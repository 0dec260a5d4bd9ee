"""Round 24 (projJA): how the golds treat a hosted event ending in 会 (办好省运会, 举办…发布会, 承办…运动会).

usage: python gold_hosted.py   (from the worktree; the official gold and eval/dev2 … dev26 except dev12, never heldout*)
Prints each HOST + name…会 of a gold text with `P` (a gold project equal to or inside it), `G`/`O` (a program/org) or `-`.
"""
import glob
import json
import re

HOST = re.compile(r"(?:举办|承办|主办|办好|筹办|协办|成功举办)(?:好|了)?(?P<x>[^，,；;。：:、等和及与的]{2,30}?会)(?![议长员])")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 27) if i != 12]

for name, d in SETS:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        gold = json.load(open(g, encoding="utf-8"))
        base = g.split("/")[-1].replace(".gold.json", ".txt")
        txt = f"{d}/excerpts/{base}" if name == "dev" else g.replace(".gold.json", ".txt")
        try:
            text = open(txt, encoding="utf-8").read()
        except OSError:
            continue
        pj, pg, og = gold.get("projects") or [], gold.get("programs") or [], gold.get("organizations") or []
        for m in HOST.finditer(text):
            x = m.group("x")
            tag = "P" if any(p in x for p in pj) else "G" if any(p in x for p in pg) else "O" if any(p in x for p in og) else "-"
            print(f"{name}\t{base[:-4]}\t{tag}\t{x}\t{'|'.join(p for p in pj + pg + og if p in x)}")
