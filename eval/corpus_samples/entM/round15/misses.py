"""Round 15 (projZ): project misses of `kg eval --explain` on a development set, with the text around each.
usage: misses.py SETDIR BUILTDIR"""
import re
import subprocess
import sys
from pathlib import Path

setdir, built = sys.argv[1:3]
out = subprocess.run([".venv/bin/kg", "eval", setdir, "-g", built, "--explain"], capture_output=True, text=True).stdout
report, kind = None, None
for line in out.splitlines():
    m = re.match(r"== .* → (.*)$", line)
    if m:
        report = m.group(1)
        continue
    m = re.match(r"  (\w+):$", line)
    if m:
        kind = m.group(1)
        continue
    m = re.match(r"    ([-+]) (missed|invented): (.*)$", line)
    if m and kind == "projects":
        name = m.group(3)
        txt = (Path(setdir) / report).read_text(encoding="utf-8") if (Path(setdir) / report).exists() else ""
        i = txt.find(name)
        if i < 0:
            i = txt.find(name[:3])
        ctx = txt[max(0, i - 50):i + len(name) + 30].replace("\n", " ") if i >= 0 else "?"
        print(f"{m.group(1)} {report[:22]}\t{name}\t|| {ctx}")
