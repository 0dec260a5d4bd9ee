"""Round 18 (projU): every missed gold project of eval/devN with the sentence around its first surface.

usage: PYTHONPATH=$PWD python missed.py SET BUILD_DIR   (build dir from `kg build eval/SET/*.txt -o DIR`)
Prints: file | name | context (±60 chars around the gold offset).
"""
import json
import subprocess
import sys
from pathlib import Path

s, build = sys.argv[1], sys.argv[2]
out = subprocess.run([".venv/bin/kg", "eval", f"eval/{s}", "-g", build, "--explain"], capture_output=True, text=True).stdout
cur, kind, missed = None, None, []
for line in out.splitlines():
    if line.startswith("== "):
        cur = line.split()[1]
    elif line.strip().endswith(":") and line.startswith("  ") and not line.startswith("    "):
        kind = line.strip()[:-1]
    elif kind == "projects" and line.strip().startswith("- missed:"):
        missed.append((cur, line.split("missed:", 1)[1].strip()))
for f, name in missed:
    g = json.loads(Path(f"eval/{s}/{f}").read_text())
    txt = Path(f"eval/{s}/{f.replace('.gold.json', '.txt')}").read_text()
    ctx = ""
    for o in g.get("offsets", []):
        if o.get("kind") == "project" and o.get("name") == name:
            a, b = o["start"], o["end"]
            ctx = txt[max(0, a - 50):a] + "【" + txt[a:b] + "】" + txt[b:b + 40]
            break
    print(f"{s}\t{f.split('_excerpt')[0]}\t{name}\t{ctx.replace(chr(10), ' ')}")
