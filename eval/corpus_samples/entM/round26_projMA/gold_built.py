"""Round 26 (projMA): how the golds treat scan_built.py's frames (A: X + [adverbs]建成; B: [lead] 建成 + X; X passes round 18b's
works test): is X a gold project (EQ), inside one (IN), or not listed (--)?

usage: PYTHONPATH=$PWD python gold_built.py   (reads /work/shared/gold and eval/dev2 … dev28; never heldout*, never dev29)
"""
import glob
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_built import AFTER, BAD, BEFORE  # noqa: E402

from kg.extract.entities.round18b_projects import DONE_LEAD, _works_name  # noqa: E402

SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]


def main() -> None:
    tally = {}
    for name, d in SETS:
        for g in sorted(glob.glob(f"{d}/*.gold.json")):
            gold = json.loads(Path(g).read_text(encoding="utf-8"))
            stem = Path(g).name[:-len(".gold.json")]
            txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt")
            if not txt:
                continue
            projs = [p if isinstance(p, str) else p.get("name", "") for p in (gold.get("projects") or [])]
            for clause in re.split(r"[，,；;。：:！？\n]", Path(txt[0]).read_text(encoding="utf-8")):
                clause = clause.strip()
                m = AFTER.search(clause)
                if m and m.start() > 0:
                    x, frame = clause[DONE_LEAD.match(clause, 0, m.start()).end():m.start()], "A"
                else:
                    m = BEFORE.match(clause)
                    if not m:
                        continue
                    x, frame = m.group("x"), "B"
                if not 3 <= len(x) <= 24 or BAD.search(x):
                    continue
                w = _works_name(x, False, "建成")
                if not w:
                    continue
                tag = "EQ" if w in projs or x in projs else ("IN:" + "|".join(p for p in projs if w in p)[:40]
                                                             if any(w in p for p in projs) else "--")
                tally[(frame, tag[:2])] = tally.get((frame, tag[:2]), 0) + 1
                print(name, stem, frame, w, tag, clause[:50], sep="\t")
    print(tally, file=sys.stderr)


if __name__ == "__main__":
    main()
