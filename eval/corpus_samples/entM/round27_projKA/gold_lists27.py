"""Round 27 (projKA): how the golds cut the items of a 、 list that is the whole subject of a completion/start/opening
predicate or the whole object of a building verb (the frames of kg/extract/entities/round27_projects.py, its regexes
imported). Each item is marked P (a gold project as written), p (a gold project holds it or it holds one: another cut),
O/G (a gold organization / program) or - (not listed). Official gold and eval/dev2 … dev29 only.

usage: PYTHONPATH=$PWD python gold_lists27.py > gold_lists27.txt
"""
import glob
import json
import re
from collections import Counter
from pathlib import Path

from kg.extract.entities.round27_projects import OBJ_END, PRED, VERB, _items
from kg.extract.entities.sentence import _strip_lead

files = sorted(glob.glob("/work/shared/gold/*.gold.json")) + sorted(
    f for f in glob.glob("eval/dev*/*.gold.json") if re.search(r"/dev([2-9]|1[0-9]|2[0-9])/", f))
marks, rows = Counter(), []
for f in files:
    d = json.loads(Path(f).read_text(encoding="utf-8"))
    p = Path(f)
    cands = [p.with_name(d["report"]), p.parent / "excerpts" / d["report"], Path("/work/shared/reports") / d["report"]]
    text = next((c.read_text(encoding="utf-8") for c in cands if c.exists()), "")
    projects = set(d.get("projects") or [])
    orgs = {o if isinstance(o, str) else o.get("name", "") for o in d.get("organizations") or []}
    progs = {g if isinstance(g, str) else g.get("name", "") for g in d.get("programs") or []}
    s = "dev" if "shared" in f else p.parent.name
    for clause in re.split(r"[，,。；;：:！？!?\n]", text):
        if "、" not in clause or len(clause) > 60:
            continue
        a = _strip_lead(clause, 0, len(clause))
        m = PRED.search(clause, a)
        if m is not None and m.start() > a and clause.find("、", a, m.start()) >= 0:
            b = m.start()
        else:
            m = VERB.match(clause)
            if m is None:
                continue
            a = m.end()
            e = OBJ_END.search(clause, a)
            b = e.start() if e is not None else len(clause)
        items = [clause[x:y].strip("“”") for x, y in _items(clause, a, b)]
        if len(items) < 2:
            continue
        out = []
        for it in items:
            if it in projects:
                k = "P"
            elif any(it in g or g in it for g in projects if len(g) >= 3):
                k = "p"
            elif it in orgs:
                k = "O"
            elif it in progs:
                k = "G"
            else:
                k = "-"
            marks[k] += 1
            out.append(f"{k}:{it}")
        rows.append(f"{s}\t{d['report']}\t{' '.join(out)}\t| {clause}")
print("item marks:", dict(marks))
print("\n".join(rows))
