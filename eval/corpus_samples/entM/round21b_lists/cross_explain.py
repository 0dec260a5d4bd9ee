"""Round 21b (projEA): project misses and inventions of dev13 … dev24 and the official gold, each with its text window.

usage: PYTHONPATH=$PWD python cross_explain.py BUILDROOT OUT.tsv   (BUILDROOT holds devN/ graphs built by /tmp/evalall.sh)
Columns: set, file, m(issed)/i(nvented), name, list? (the window holds 、/和/及/等), window of the text around the name.
"""
from __future__ import annotations

import glob
import re
import subprocess
import sys
from pathlib import Path

SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]


def window(text: str, name: str) -> str:
    for probe in (name, name[:4], name[-4:], name[:2]):
        at = text.find(probe)
        if at >= 0:
            a = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
            b = min([x for x in (text.find(c, at) for c in "。；;\n") if x >= 0] or [len(text)])
            return text[a:b + 1].strip()
    return ""


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    rows = []
    for s in SETS:
        gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
        if not (root / s).exists():
            continue
        res = subprocess.run([".venv/bin/kg", "eval", gold, "-g", str(root / s), "--explain"], capture_output=True,
                             text=True).stdout
        cur, kind = "", ""
        for line in res.splitlines():
            m = re.match(r"== (\S+)\.gold\.json → (\S+)", line)
            if m:
                cur = m.group(2)
                continue
            m = re.match(r"  (\w+):$", line)
            if m:
                kind = m.group(1)
                continue
            m = re.match(r"    ([-+]) (missed|invented): (.+)$", line)
            if m and kind == "projects":
                name = m.group(3)
                paths = glob.glob(f"{gold}/{cur}") + glob.glob(f"{gold}/excerpts/{cur}") + \
                    glob.glob(f"/work/shared/reports/{cur}")
                text = Path(paths[0]).read_text(encoding="utf-8") if paths else ""
                w = window(text, name)
                lst = "L" if re.search(r"[、和及等]", w) else "-"
                rows.append((s, cur, "m" if m.group(1) == "-" else "i", name, lst, w[:300]))
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
