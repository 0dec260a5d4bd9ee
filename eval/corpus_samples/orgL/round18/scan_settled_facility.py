"""Round 18 orgU: facilities read as projects that settle, land or start operating (the pattern of round18_orgs).

usage: PYTHONPATH=$PWD python eval/corpus_samples/orgL/round18/scan_settled_facility.py PROJECT_DUMP.jsonl
PROJECT_DUMP: round 15's dump.py run with KIND=project on main (before the fix), e.g.
  PYTHONPATH=$PWD python eval/corpus_samples/entN/round15/dump.py 1803 200 /tmp/orgU_before_proj.jsonl project
Prints each project with a facility head (kg/data/entity_heads.txt) whose following words match
kg.extract.entities.round18_orgs.settles_after, then the counts (names, reports); and, for comparison, the facility
projects followed by a building's finish (建成运营 投入运营 建成投用 落地建设), which stay projects.
"""
import json
import re
import sys

from kg.extract.entities.lexicon import _lexicon
from kg.extract.entities.round18_orgs import body_head, settles_after

lex = _lexicon()
BUILT = re.compile(r"^(?:、[^、，,；;。]{2,24}?)*(?:建成运营|投入运营|建成投用|投入使用|落地建设)")
hits, reps, built, breps, allp = [], set(), 0, set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        h = lex.head_at_end.search(p)
        at = d["t"].find(p)
        if not h or lex.head_role[h.group(0)] != "facility" or at < 0:
            continue
        after = d["t"][at + len(p):at + len(p) + 80]
        how = settles_after(after)
        if how:
            allp.append((p, how, body_head(p, h.group(0))))
            if how == "settle" or body_head(p, h.group(0)):
                hits.append(p)
                reps.add(d["r"])
            print(d["r"], "|", p, "|", after[:30], "|", how, "| body head" if body_head(p, h.group(0)) else "| other head")
        elif BUILT.match(after):
            built += 1
            breps.add(d["r"])
print(f"pattern (any facility head): {len(allp)} names; changed (settle, or start with a body head): {len(hits)} names in {len(reps)} reports; built and put to use (kept): {built} in {len(breps)}")
