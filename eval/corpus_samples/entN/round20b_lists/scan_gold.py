"""Round 20b progCA: how the official gold and dev2..dev22 (never heldout*) treat `A、B(、C)+机制/制度` (4-char-ish modifiers
before one mechanism/system head): the whole coordination kept as one name, the items completed, or something else.

usage: python scan_gold.py   (run from the repository root)
"""
from __future__ import annotations

import glob
import json
import os
import re

HAN = "\u4e00-\u9fff"
SHAPE = re.compile(rf"(?<![{HAN}])?(?P<items>(?:[{HAN}“”]{{2,8}}、)+[{HAN}“”]{{2,12}}?)(?P<head>(?:长效|工作|常态化)?(?:机制|制度))")


def golds():
    for g in sorted(glob.glob("/work/shared/gold/*.json")):
        base = os.path.basename(g)[:-5]
        t = glob.glob(f"/work/shared/gold/excerpts/{base}*.txt") + glob.glob(f"/work/shared/reports/{base}*.txt")
        if t:
            yield "official", t[0], g
    for d in sorted(glob.glob("eval/dev*/")):
        for g in sorted(glob.glob(d + "*.gold.json")):
            t = g.replace(".gold.json", ".txt")
            if os.path.exists(t):
                yield d.split("/")[1], t, g


def norm(x: str) -> str:
    return re.sub(r"[“”\s]", "", x)


for where, t, g in golds():
    text = open(t, encoding="utf-8").read()
    progs = {norm(p) for p in json.load(open(g, encoding="utf-8")).get("programs") or []}
    for m in SHAPE.finditer(text):
        items = m.group("items").split("、")
        head = m.group("head")
        for k in range(len(items[0])):  # the first item may carry a clause verb: try each suffix
            first = items[0][k:]
            whole = norm("、".join([first] + items[1:]) + head)
            if whole in progs:
                print(f"{where}\tWHOLE\t{m.group(0)}\t{whole}")
                break
        else:
            got = [n for n in progs if n.endswith(head) and any(norm(i) and n.endswith(norm(i) + head) for i in items)]
            cls = "ITEMS" if len(got) >= 2 else ("LAST" if got else "NONE")
            print(f"{where}\t{cls}\t{m.group(0)}\t{' | '.join(sorted(got))}")
