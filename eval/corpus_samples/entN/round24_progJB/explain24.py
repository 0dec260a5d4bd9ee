"""Round 24 (progJB): program misses and inventions of `kg eval --explain` over dev (official gold), dev5/7/9/11 and
dev13 … dev26 (never heldout*, dev27) of the builds evalall.sh left in BUILD_ROOT (/tmp/evout<repo path with _>).

usage: PYTHONPATH=$REPO python explain24.py BUILD_ROOT > explain_programs_before.tsv   (set, file, missed/invented, name)
"""
import re
import subprocess
import sys
from pathlib import Path

root = Path(sys.argv[1])
SETS = ["dev", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 27)]
for s in SETS:
    gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
    r = subprocess.run([".venv/bin/kg", "eval", gold, "-g", str(root / s), "--explain"], capture_output=True, text=True)
    cur = sect = None
    for line in r.stdout.splitlines():
        m = re.match(r"== (\S+) → (\S+)", line)
        if m:
            cur = m.group(2)
            continue
        m = re.match(r"  (\w+):$", line)
        if m:
            sect = m.group(1)
            continue
        m = re.match(r"    ([-+]) (missed|invented): (.+)$", line)
        if m and sect == "programs":
            print(f"{s}\t{cur}\t{m.group(2)}\t{m.group(3)}")
