"""Round 15 orgL: in how many of the 200 random reports (seed 1503) does each pattern occur?
  fix 1: a name of kg/data/entity_headless_organizations.txt as a list item in an organization context (the contexts of
         scan.py: X、Y等企业…, 与X签约/合作…, 引进X, X落户/入驻…).
usage: python eval/corpus_samples/orgL/count.py"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump import sample  # noqa: E402
from scan import CONTEXTS, SPLIT  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
names = {s.split("#", 1)[0].strip() for s in (ROOT / "kg/data/entity_headless_organizations.txt").read_text(encoding="utf-8").splitlines()} - {""}
hits = {}
for f in sample(1503):
    text = open(f, encoding="utf-8", errors="ignore").read()
    found = set()
    for pat in CONTEXTS.values():
        for line in text.splitlines():
            for m in pat.finditer(line):
                found |= {i for i in SPLIT.split(m.group("items")) if i in names}
    if found:
        hits["/".join(f.split("/")[-3:])] = sorted(found)
for k, v in hits.items():
    print(k, " ".join(v))
print(f"fix 1: {len(hits)} of 200 reports")
