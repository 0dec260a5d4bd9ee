"""Round 21b (progEA): glossaries in the 200 reports (seed 2122) and program names that keep a glossary number or lead.

usage: PYTHONPATH=$PWD python scan_glossary.py DUMP.jsonl   (DUMP = round 15's dump.py 2122 200 output)
1. reports with a 名词解释 heading, with a numbered `N.“X”：` glossary line, and with either (read from the report files);
2. reports where a program name starts with a glossary number (［8］, 5.) or a definition's lead (指, 即, “1”即 → 1即) — the
   left-alone shape of this round (legitimate words 指挥部, 指标长制, 即时…, 即应即办 are excluded).
"""
import json
import re
import sys

sys.path.insert(0, "eval/corpus_samples/entN/round15")
from dump import draw  # noqa: E402

files = draw(2122, 200)
a = b = both = 0
for f in files:
    t = open(f, encoding="utf-8").read()
    x = "名词解释" in t
    y = bool(re.search(r"(?m)^\s*\d+[\.．、]\s*“[^”]{1,30}”[：:]", t))
    a += x
    b += y
    both += x or y
print(f"名词解释 heading: {a}; numbered “X”： lines: {b}; either: {both} of {len(files)}")
LEAD = re.compile(r"^(?:是指|指(?!挥|标)|即(?!时|应))|^[0-9A-Za-z一二三四五六七八九十]{1,3}(?:指|即)|^(?:\d{1,2}[.．]|［\d+］)")
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    for p in r["p"]:
        if LEAD.search(p):
            reps.add(r["r"])
            print(r["r"], p, "|", r["t"][:70])
print(f"reports with a program name keeping a glossary number or lead: {len(reps)}")
