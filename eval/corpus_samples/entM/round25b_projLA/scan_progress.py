"""Round 25b (projLA): clauses ending in a progress predicate of fix 1 (round25b_projects.PROGRESS), with their subject.

usage: PYTHONPATH=$PWD python scan_progress.py gold            (official gold + eval/dev2 … dev28; never heldout*)
       PYTHONPATH=$PWD python scan_progress.py corpus SEED N   (the N reports `dump.py SEED N` draws)
Each row: where, subject (after the leads), whether round 21's works test passes (W) and, for the golds, whether a gold
project equals it (EQ), contains it (IN:…) or none (--). The counts at the end: clauses and reports.
"""
import glob
import json
import random
import re
import sys
from pathlib import Path

from kg.extract.entities.round18b_projects import DONE_LEAD
from kg.extract.entities.round21_triggers import GOAL_LEAD, _works
from kg.extract.entities.round25b_projects import NOT_WORKS, PROGRESS
from kg.extract.entities.stems import pos

CLAUSE = re.compile(r"[^，,；;。：:！？\n]+")


def clauses(text):
    for m in CLAUSE.finditer(text):
        c = m.group(0).strip()
        v = PROGRESS.search(c)
        if v is None or v.start() < 3:
            continue
        a = DONE_LEAD.match(c, 0, v.start()).end()
        a = GOAL_LEAD.match(c, a, v.start()).end()
        name = c[a:v.start()]
        w = None if not name or NOT_WORKS.search(name) or pos(name)[0][1].startswith("v") or re.search(r"[、和及与等的在将要“”]", name) else _works(name, "建设")
        yield c, name, v.group(0), w


def main():
    rows, reports = 0, set()
    if sys.argv[1] == "gold":
        sets = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]
        for sname, d in sets:
            for g in sorted(glob.glob(f"{d}/*.gold.json")):
                stem = Path(g).name[:-len(".gold.json")]
                txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt")
                if not txt:
                    continue
                projs = json.loads(Path(g).read_text(encoding="utf-8")).get("projects") or []
                for c, name, verb, w in clauses(Path(txt[0]).read_text(encoding="utf-8")):
                    tag = "EQ" if name in projs else ("IN:" + "|".join(p for p in projs if name in p or p in name and len(p) > 2)[:60] or "--")
                    print(f"{sname}\t{stem}\t{'W' if w else '-'}\t{name}\t{verb}\t{tag}\t{c[:60]}")
                    rows += 1
                    reports.add((sname, stem))
    else:
        seed, n = int(sys.argv[2]), int(sys.argv[3])
        files = sorted(random.Random(seed).sample(sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")), n))
        for f in files:
            rep = "/".join(f.split("/")[-2:])
            for c, name, verb, w in clauses(Path(f).read_text(encoding="utf-8")):
                print(f"{rep}\t{'W' if w else '-'}\t{name}\t{verb}\t{c[:60]}")
                rows += 1
                reports.add(rep)
        print(f"W rows in {len({r for r in reports})} reports", file=sys.stderr)
    print(f"{rows} clauses in {len(reports)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
