"""Round 24 (progJB): on a dump.py file, the program finds that are a mode named by the parts it combines (管委会+公司运作模式,
基金+项目模式) — the shape of fix 2 (PLUS_MODE of kg/extract/entities/round24_precision.py, no “X+” label, no 互联网+).

usage: PYTHONPATH=$REPO python scan_plus_modes.py DUMP.jsonl   (prints each find, then finds and reports)
"""
import json
import re
import sys

from kg.extract.entities.round24_precision import NATIONAL_PLUS, PLUS_MODE

n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        name = re.sub("[“”‘’]", "", p)
        if not name.endswith("模式") or not PLUS_MODE.fullmatch(name) or NATIONAL_PLUS.search(name):
            continue
        if re.search(r"[+＋]”", d["t"]) and re.search(re.escape(name.split("+")[0].split("＋")[0][-2:]) + r"[+＋]”", d["t"]):
            continue  # a quoted “X+” label (left alone by the fix)
        n += 1
        reps.add(d["r"])
        print(d["r"].split("reports/")[-1], "|", p)
print(f"{n} finds in {len(reps)} reports")
