"""Round 25b (projLA): fix 2's shape on the N reports of `dump.py SEED N`: a clause holding a list (、) and ending in a
progress predicate of round25b_projects.PROGRESS; prints each clause and whether every item passes round 20's item test.

usage: PYTHONPATH=$PWD python scan_progress_lists.py SEED N
"""
import glob
import random
import re
import sys
from pathlib import Path

from kg.extract.entities.round25b_projects import PROGRESS

CLAUSE = re.compile(r"[^，,；;。：:！？\n]+")


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    reps, rows = set(), 0
    for f in sorted(random.Random(seed).sample(sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")), n)):
        rep = "/".join(f.split("/")[-2:])
        for m in CLAUSE.finditer(Path(f).read_text(encoding="utf-8")):
            c = m.group(0).strip()
            v = PROGRESS.search(c)
            if v is None or "、" not in c[:v.start()]:
                continue
            print(f"{rep}\t{c[:80]}")
            rows += 1
            reps.add(rep)
    print(f"{rows} list clauses in {len(reps)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
