"""Round 23 (progHB): how the golds treat a shape — each match of REGEX in a set's texts, marked LISTED when the set's gold
lists the captured name (group 'name', quotes removed), else not.

usage: python gold_vs_text.py REGEX   (sets: official gold + dev2 … dev25 but dev12; never heldout*, dev26)
"""
import glob
import json
import re
import sys
from pathlib import Path

SETS = ["dev"] + [f"dev{i}" for i in range(2, 26) if i != 12]
rx = re.compile(sys.argv[1])


def pairs(s):
    if s == "dev":
        for t in ["/work/shared/reports/shayibake_2024.txt"] + sorted(glob.glob("/work/shared/gold/excerpts/*.txt")):
            yield t, f"/work/shared/gold/{Path(t).stem}.gold.json"
    else:
        for t in sorted(glob.glob(f"eval/{s}/*.txt")):
            yield t, t[:-4] + ".gold.json"


tot = {"LISTED": 0, "not": 0}
for s in SETS:
    for t, g in pairs(s):
        if not Path(g).exists():
            continue
        names = {(p if isinstance(p, str) else p["name"]).replace("“", "").replace("”", "")
                 for p in json.load(open(g, encoding="utf-8")).get("programs", [])}
        text = Path(t).read_text(encoding="utf-8")
        for m in rx.finditer(text):
            name = m.group("name").replace("“", "").replace("”", "")
            mark = "LISTED" if name in names else "not"
            tot[mark] += 1
            near = [n for n in names if n in name or name in n] if mark == "not" else []
            print(f"{s}\t{Path(t).name[:18]}\t{mark}\t{name}\t{near[:3]}\t{text[max(0, m.start() - 25):m.end() + 15]!r}")
print(tot, file=sys.stderr)
