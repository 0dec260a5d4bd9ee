"""Round 21b (progEB): program misses/inventions of `kg eval --explain` over dev13 … dev24 and the official gold, with the
sentence each one comes from (for the cross-set table of shapes).

usage: PYTHONPATH=$PWD python collect.py BUILD_ROOT OUT.tsv   (BUILD_ROOT holds dev, dev13 … dev24 as evalall.sh builds them)
"""
import re
import subprocess
import sys
from pathlib import Path

SETS = ["dev"] + [f"dev{i}" for i in range(13, 25)]
root, out = Path(sys.argv[1]), Path(sys.argv[2])
kg = Path(".venv/bin/kg")


def sources(s):
    if s == "dev":
        return [Path("/work/shared/reports/shayibake_2024.txt")] + sorted(Path("/work/shared/gold/excerpts").glob("*.txt"))
    return sorted(Path(f"eval/{s}").glob("*.txt"))


def context(text, name):
    bare = name.replace("“", "").replace("”", "")
    plain = text.replace("“", "").replace("”", "")
    for key in (bare, bare[:6], bare[-6:], bare[:4]):
        i = plain.find(key)
        if i >= 0:
            a = max(plain.rfind("。", 0, i), plain.rfind("；", 0, i), plain.rfind("\n", 0, i), i - 60)
            b = min([x for x in (plain.find("。", i), plain.find("；", i), plain.find("\n", i), i + 80) if x >= 0])
            return plain[a + 1:b + 1].strip()
    return "?"


with out.open("w", encoding="utf-8") as w:
    for s in SETS:
        gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
        r = subprocess.run([str(kg), "eval", gold, "-g", str(root / s), "--explain"], capture_output=True, text=True)
        texts = {p.name: p.read_text(encoding="utf-8") for p in sources(s)}
        cur, sect = None, None
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
                name = m.group(3)
                w.write(f"{s}\t{cur}\t{m.group(2)}\t{name}\t{context(texts.get(cur, ''), name)}\n")
