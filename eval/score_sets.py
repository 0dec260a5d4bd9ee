"""Score the extractor on gold sets, one line per set (macro averages).

    .venv/bin/python eval/score_sets.py                 # every set under eval/ plus the official gold
    .venv/bin/python eval/score_sets.py dev29 heldout   # only these
    .venv/bin/python eval/score_sets.py --out /tmp/s    # also keep each set's full `kg eval` text

Each set is built into its own temporary folder with `kg build` and scored
with `kg eval`; the script only gathers the "average" block of each run.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# `python -m kg` with this checkout first on the path: a worktree sharing another
# checkout's editable .venv still scores its own code.
KG = [sys.executable, "-m", "kg"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
OFFICIAL = ROOT.parent / "shared" / "gold"
COLUMNS = [("admin units", "units"), ("quantities", "qty"), ("indicator exact", "indX"),
           ("indicator lenient", "indL"), ("target accuracy", "tgt"), ("projects", "proj"),
           ("programs", "prog"), ("organizations", "org"), ("honors", "hon"), ("metadata", "meta")]


def sets_available() -> dict[str, tuple[list[Path], list[Path]]]:
    """name -> (report texts, gold files)."""
    found = {}
    if OFFICIAL.is_dir():
        golds = sorted(OFFICIAL.glob("*.gold.json"))
        texts = [OFFICIAL.parent / "reports" / "shayibake_2024.txt", *sorted((OFFICIAL / "excerpts").glob("*.txt"))]
        found["official"] = ([t for t in texts if t.exists()], golds)
    for folder in sorted((ROOT / "eval").iterdir(), key=lambda p: (len(p.name), p.name)):
        golds = sorted(folder.glob("*.gold.json")) if folder.is_dir() else []
        if golds:
            found[folder.name] = (sorted(folder.glob("*.txt")), golds)
    return found


def score(name: str, texts: list[Path], golds: list[Path], keep: Path | None) -> tuple[str, dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix=f"score-{name}-") as tmp:
        built = subprocess.run([*KG, "build", *map(str, texts), "-o", tmp], capture_output=True, text=True, env=ENV)
        if built.returncode:
            return name, {"error": built.stderr.strip().splitlines()[-1:][0] if built.stderr.strip() else "build failed"}
        res = subprocess.run([*KG, "eval", *map(str, golds), "-g", tmp], capture_output=True, text=True, env=ENV)
    text = res.stdout + res.stderr
    if keep:
        (keep / f"{name}.txt").write_text(text, encoding="utf-8")
    block = text.split("== average", 1)[-1]
    row = {}
    for label, short in COLUMNS:
        m = re.search(rf"^{label}\s+(.*)$", block, re.M)
        if not m:
            continue
        fields = m.group(1).split()
        row[short] = fields[-1] if short != "meta" else fields[0]
    return name, row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (folder names under eval/, or 'official')")
    ap.add_argument("--out", type=Path, help="folder to keep each set's full kg eval output in")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    available = sets_available()
    chosen = args.sets or list(available)
    unknown = [s for s in chosen if s not in available]
    if unknown:
        print(f"error: no gold set named {', '.join(unknown)} (have: {', '.join(available)})", file=sys.stderr)
        return 2
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda s: score(s, *available[s], args.out), chosen))
    shorts = [short for _, short in COLUMNS]
    print("set".ljust(12) + "".join(s.rjust(7) for s in shorts))
    for name, row in rows:
        if "error" in row:
            print(name.ljust(12) + "  " + row["error"])
        else:
            print(name.ljust(12) + "".join(row.get(s, "-").rjust(7) for s in shorts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
