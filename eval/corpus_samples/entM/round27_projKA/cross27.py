"""Round 27 (projKA): every project miss and invention of the studied sets, with its sentence, from saved `kg eval --explain`
outputs (BUILDROOT/<set>.eval.txt, written by a build of each set; the official gold is `dev`). Never a held-out set.

usage: python cross27.py BUILDROOT OUT.tsv
Columns (round 21b's cross_explain.py): set, file, m(issed)/i(nvented), name, L (the window holds 、/和/及/等) or -, the
sentence around the name (round 21b's window()).
"""
from __future__ import annotations

import glob
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round21b_lists"))
from cross_explain import window  # noqa: E402

SETS = ["dev", "dev2", "dev3", "dev4", "dev6", "dev8", "dev10"] + [f"dev{i}" for i in range(13, 30)]


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    rows = []
    for s in SETS:
        f = root / f"{s}.eval.txt"
        if not f.exists():
            continue
        gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
        cur, kind = "", ""
        for line in f.read_text(encoding="utf-8").splitlines():
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
                win = window(text, name)
                rows.append((s, cur, "m" if m.group(1) == "-" else "i", name, "L" if re.search(r"[、和及等]", win) else "-", win[:300]))
    with out.open("w", encoding="utf-8") as w:
        for r in rows:
            w.write("\t".join(r) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
