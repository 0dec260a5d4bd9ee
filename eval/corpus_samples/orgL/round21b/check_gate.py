"""Round 21b orgEA: a check draw for fix 1 — only sentences its gate passes (医院/集团/公司), organizations with and
without round21b_orgs (same tree, the step swapped for identity; _analyse's cache cleared between the two passes).

usage: PYTHONPATH=REPO python check_gate.py SEED N   (prints each changed sentence: - lost / + new, then counts)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entN" / "round15"))
from dump import CORPUS, draw  # noqa: E402

from kg.extract.entities import api  # noqa: E402
from kg.read import read_document  # noqa: E402
from kg.structure import structure_report  # noqa: E402

seed, n = int(sys.argv[1]), int(sys.argv[2])
sents = []
for f in draw(seed, n):
    rel = f[len(CORPUS) + 1:]
    for i, s in enumerate(structure_report(read_document(Path(f))).sentences):
        if "医院" in s.text or "集团" in s.text or "公司" in s.text:
            sents.append((rel, i, s.text))


def orgs():
    api._analyse.cache_clear()
    return [[x.name for x in api._analyse(t)[0] if x.kind == "organization"] for _, _, t in sents]


after = orgs()
real = api.round21b_orgs
api.round21b_orgs = lambda found, text: found
before = orgs()
api.round21b_orgs = real
lines, reps = 0, set()
for (rel, i, t), b, a in zip(sents, before, after):
    lost = [x for x in b if x not in a]
    new = [x for x in a if x not in b]
    if lost or new:
        reps.add(rel)
        print(rel, i, "|", t[:220])
        for x in lost:
            print("   -", x)
            lines += 1
        for x in new:
            print("   +", x)
            lines += 1
print(lines, "changed lines in", len(reps), "reports;", len(sents), "gated sentences")
