"""Round 22b (progGA): how the allowed golds (official gold, dev2 … dev24 but dev12; never dev25 or heldout*) treat a name the
text follows right away with a length or an area (`新改建“四好农村路”260公里`): for each program the gold lists, print the
places its text is followed by such a quantity; then the extractor's finds of the shape in those texts that the gold does not list
(from set_finds_*.tsv).

usage: python gold_qty.py set_finds_before.tsv set_finds_before_old.tsv
"""
import glob
import json
import re
import sys
from pathlib import Path

QTY = re.compile(r"[”’]?[0-9０-９.]+(?:多|余)?(?:万|亿)?(?:多|余)?(?:公里|千米|平方公里|平方米|米|亩|公顷)")
SETS = ["dev"] + [f"dev{i}" for i in range(2, 25) if i != 12]
for s in SETS:
    files = sorted(glob.glob("/work/shared/gold/*.json")) if s == "dev" else sorted(glob.glob(f"eval/{s}/*.gold.json"))
    for g in files:
        stem = Path(g).name.replace(".gold.json", "")
        cand = [Path(g).with_name(stem + ".txt"), Path("/work/shared/gold/excerpts") / (stem + ".txt"),
                Path("/work/shared/reports") / (stem + ".txt")]
        t = next((c for c in cand if c.exists()), None)
        if t is None:
            continue
        text = t.read_text(encoding="utf-8").replace("“", "").replace("”", "")
        for p in json.load(open(g, encoding="utf-8")).get("programs", []):
            name = (p if isinstance(p, str) else p["name"]).replace("“", "").replace("”", "")
            for m in re.finditer(re.escape(name), text):
                if QTY.match(text, m.end()):
                    print("LISTED", s, name, "|", text[max(0, m.start() - 10):m.end() + 12].replace("\n", " "))
for fn in sys.argv[1:]:
    for line in open(fn, encoding="utf-8"):
        s, f, lab, n, c = line.rstrip("\n").split("\t")
        plain = c.replace("“", "").replace("”", "")
        i = plain.find(n)
        if lab == "-" and i >= 0 and QTY.match(plain, i + len(n)):
            print("NOT-LISTED", s, n, "|", plain[max(0, i - 10):i + len(n) + 12])
