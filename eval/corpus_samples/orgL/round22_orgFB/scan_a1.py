"""Round 22 orgFB: items of a 、 list closed by 等(N家)…企业/集团/公司 (round 19c's TAIL frame) that no organization covers.

usage: PYTHONPATH=REPO python scan_a1.py DUMP.jsonl   (DUMP of ../../entN/round15/dump.py SEED 200 OUT organization)
Prints: report, sentence, unfound item, short_name verdict, jieba tags, the list in context; then counts by report.
"""
import json
import sys

from kg.extract.entities.round19c_orgs import LAST_CLAUSE_START, MOD_NOT, TAIL, TO_BE, _lead_end, short_name
from kg.extract.entities.stems import pos

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], d["p"]
    for m in TAIL.finditer(t):
        mod = m.group("mod") if m.group("mod") is not None else m.group("mod2")
        if MOD_NOT.search(mod or ""):
            continue
        st = LAST_CLAUSE_START.match(t, 0, m.start())
        cs = st.end() if st else 0
        span = t[cs:m.start()]
        if not span or TO_BE.search(span):
            continue
        at = _lead_end(span)
        items = span[at:].split("、")
        if m.group("count") and len(items) < 2:
            continue
        for it in items:
            if not it or any(it in f or f in it for f in found):
                continue
            if not (2 <= len(it) <= 8):
                continue
            n += 1
            reps.add(d["r"])
            print("\t".join([d["r"], str(d["i"]), it, str(short_name(it)), " ".join(f"{w}/{f}" for w, f in pos(it)),
                             t[max(0, cs - 10):m.end() + 10]]))
print(f"# {n} unfound items in {len(reps)} reports", file=sys.stderr)
