"""Round 24 (projJA): how the golds treat a meeting convened in the city (召开X会, X会在Y召开).

usage: python gold_convened.py   (from the worktree; the official gold and eval/dev2 … dev26 except dev12, never heldout*)
Prints each meeting with `P` (a gold project equal to or inside it), `G`/`O` (a program/org) or `-`.
"""
import glob
import json
import re

MEET = re.compile(r"(?:召开|举行|召开了)(?P<x>[^，,；;。：:、等和及与的]{2,30}?会)(?![议长员])|"
                  r"(?P<y>[^，,；;。：:、等和及与的]{2,30}?会)(?:议)?(?:在[^，,；;。]{1,8}?)(?:隆重|成功|顺利)?(?:召开|举行|举办)")
NOT = re.compile(r"代表大会|全会|常委会|政协|党代会|工作会议|座谈会|二十大|十九大|十八大")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 27) if i != 12]

for name, d in SETS:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        gold = json.load(open(g, encoding="utf-8"))
        if gold.get("projects") is None:
            continue  # a set that does not score projects
        base = g.split("/")[-1].replace(".gold.json", ".txt")
        txt = f"{d}/excerpts/{base}" if name == "dev" else g.replace(".gold.json", ".txt")
        try:
            text = open(txt, encoding="utf-8").read()
        except OSError:
            continue
        pj, pg, og = gold.get("projects") or [], gold.get("programs") or [], gold.get("organizations") or []
        for m in MEET.finditer(text):
            x = m.group("x") or m.group("y")
            if NOT.search(x):
                continue
            tag = "P" if any(p in x for p in pj) else "G" if any(p in x for p in pg) else "O" if any(p in x for p in og) else "-"
            print(f"{name}\t{base[:-4]}\t{tag}\t{x}\t{'|'.join(p for p in pj + pg + og if p in x)}")
