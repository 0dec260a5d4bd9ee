"""Round 24 orgHA: the organization WHOLE misses of a round 21b crossset.py table (no invention of the same set and file
overlaps them: 3 characters in a row shared, or one inside the other), with a window of the sentence around the name.

usage: python whole_orgs.py CROSSSET.tsv > whole_misses.tsv   (reuses round 22b projGA's overlap test)
Columns: set, file, name, window (30 characters either side).
"""
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entM" / "round22b_projGA"))
_argv, sys.argv = sys.argv, [sys.argv[0], "/dev/null"]
from whole_misses import overlap  # noqa: E402

sys.argv = _argv
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
inv = defaultdict(list)
for r in rows:
    if r[2] == "invented":
        inv[(r[0], r[1])].append(r[3])
n = 0
for r in rows:
    if r[2] != "missed" or any(overlap(r[3], x) for x in inv[(r[0], r[1])]):
        continue
    n += 1
    w = r[4] if len(r) > 4 else ""
    at = w.find(r[3][:4])
    print(f"{r[0]}\t{r[1]}\t{r[3]}\t{w[max(0, at - 30):at + len(r[3]) + 30] if at >= 0 else w[:80]}")
print(n, "whole misses", file=sys.stderr)
