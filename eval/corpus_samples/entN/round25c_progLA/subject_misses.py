"""Round 25c (progLA): the program WHOLE misses of an explain TSV (collect28.py) that stand as a clause's subject before a
predicate of progress (round 23's PROGRESS, imported, plus 力度加大), with what stands between (建设, 工作, 创建 …), by set.
Whole = no invention of the same file shares 3 characters in a row (round 23 crossframes.overlap, imported).

usage: PYTHONPATH=$PWD python subject_misses.py explain.tsv
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round23_progHB"))

from crossframes import overlap  # noqa: E402

from kg.extract.entities.round23_programs import PROGRESS  # noqa: E402

PRED = re.compile(rf"(?:建设|工作|创建|整治|试点)?(?:工作)?[^，。；]{{0,3}}?(?:{PROGRESS}|力度(?:不断|持续|进一步)?加大)")
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
inv = defaultdict(list)
for r in rows:
    if r[2] == "invented":
        inv[(r[0], r[1])].append(r[3])


def text(s, f):
    if s == "dev":
        p = "/work/shared/reports/" + f if Path("/work/shared/reports/" + f).exists() else "/work/shared/gold/excerpts/" + f
    else:
        p = f"eval/{s}/{f}"
    return Path(p).read_text(encoding="utf-8") if Path(p).exists() else ""


by = defaultdict(list)
for r in rows:
    if r[2] != "missed" or any(overlap(r[3], x) for x in inv[(r[0], r[1])]):
        continue
    t = text(r[0], r[1])
    bare = r[3].replace("“", "").replace("”", "")
    pat = "".join(re.escape(c) + "[“”]?" for c in bare)
    for m in re.finditer("“?" + pat, t):
        before = t[max(0, m.start() - 6):m.start()]
        after = t[m.end():m.end() + 16]
        if re.search(r"(?:^|[，。；：\n])[^，。；：\n]{0,4}$", before) and PRED.match(after):
            q = "quoted" if "“" in m.group(0) else "bare"
            by[q].append((r[0], r[1][:16], r[3], before + "[" + m.group(0) + "]" + after))
            break
for q, xs in by.items():
    sets = sorted({x[0] for x in xs})
    print(f"## {q}: {len(xs)} whole misses in {len(sets)} sets: {' '.join(sets)}")
    for x in xs:
        print("\t".join(x).replace("\n", "⏎"))
