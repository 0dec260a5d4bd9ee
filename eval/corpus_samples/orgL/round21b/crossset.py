"""Round 21b orgEA: organization misses and inventions over dev13..dev24 and the official gold, with their sentence.

usage: PYTHONPATH=REPO python crossset.py EVOUT_DIR [sets...] > crossset_before.tsv
(EVOUT_DIR holds the graphs built by /tmp/evalall.sh: EVOUT_DIR/devN)
Columns: set, file, miss/invent, name, sentence (the first sentence of the text that holds the name).
"""
import re
import subprocess
import sys
from pathlib import Path

evout = Path(sys.argv[1])
sets = sys.argv[2:] or ["dev"] + [f"dev{i}" for i in range(13, 25)]
kg = str(Path(".venv/bin/kg").resolve())
for s in sets:
    gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
    txtdir = Path("/work/shared/reports") if s == "dev" else Path(gold)
    out = subprocess.run([kg, "eval", gold, "-g", str(evout / s), "--explain"], capture_output=True, text=True).stdout
    cur = None
    sec = None
    for line in out.splitlines():
        m = re.match(r"^== (\S+) → (\S+)", line)
        if m:
            cur, sec = m.group(2), None
            continue
        if re.match(r"^  \w", line):
            sec = line.strip().rstrip(":")
            continue
        m = re.match(r"^    ([-+]) (missed|invented): (.*)$", line)
        if m and sec == "organizations" and cur:
            name = m.group(3)
            p = txtdir / cur
            if not p.exists():
                p = Path("/work/shared/gold/excerpts") / cur
            text = p.read_text(encoding="utf-8") if p.exists() else ""
            sent = ""
            for sn in re.split(r"(?<=[。；！？\n])", text):
                if name in sn:
                    sent = sn.strip()[:200]
                    break
            print("\t".join([s, cur, m.group(2), name, sent]))
