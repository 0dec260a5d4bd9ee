"""Round 25b (projLA): what fix 2 reads in the gold texts (lists before round25b_projects.PROGRESS) and how each gold cuts it.

usage: PYTHONPATH=$PWD python gold_progress_lists.py   (official gold + eval/dev2 … dev28, project sets only; never heldout*)
Each row: set, file, item read by the fix, EQ (a gold project) or -- (not listed), the clause.
"""
import glob
import json
from pathlib import Path

from kg.extract.entities import round25b_projects as r
from tests.test_entities import _report

from kg.extract.entities import find_entities


def main():
    sets = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]
    got = []
    orig = r._progressing_lists

    def spy(s):
        before = len(s.found)
        orig(s)
        got.extend(f"{f.name}\t{s.text[:70]}" for f in s.found[before:])
    r._progressing_lists = spy
    for sname, d in sets:
        for g in sorted(glob.glob(f"{d}/*.gold.json")):
            stem = Path(g).name[:-len(".gold.json")]
            txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt")
            projs = json.loads(Path(g).read_text(encoding="utf-8")).get("projects")
            if not txt or projs is None:
                continue
            got.clear()
            list(find_entities(_report(Path(txt[0]).read_text(encoding="utf-8"))))
            for name in got:
                print(f"{sname}\t{stem}\t{'EQ' if name.split(chr(9))[0] in projs else '--'}\t{name}")


if __name__ == "__main__":
    main()
