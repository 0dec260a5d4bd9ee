"""Round 20b (progCB): the changed program lines of two dump.py files, one row each, with the text around the name, for the
hand verdicts (first column left empty here, filled by hand in judged_*.tsv).

usage: python judge.py BEFORE AFTER > rows.tsv
"""
import json
import sys


def load(p):
    out = {}
    for line in open(p, encoding="utf-8"):
        d = json.loads(line)
        out[(d["r"], d["i"])] = (d["t"], d["p"])
    return out


a, b = load(sys.argv[1]), load(sys.argv[2])
for k in sorted(set(a) | set(b)):
    t, x = a.get(k, ("", []))
    t2, y = b.get(k, ("", []))
    for sign, names in (("-", [p for p in x if p not in y]), ("+", [p for p in y if p not in x])):
        for p in names:
            i = (t or t2).find(p)
            ctx = (t or t2)[max(0, i - 30):i + len(p) + 20] if i >= 0 else (t or t2)[:80]
            print("\t".join(["", sign, p, k[0], str(k[1]), ctx.replace("\t", " ")]))  # noqa: T201
