"""Round 23 (projHB): the refusing test × sets table of why_refused.py's output (one primary cause per whole miss).

usage: PYTHONPATH=$PWD python refusal_table.py WHY.tsv
Primary cause, in this order: read as another kind (a program or organization find overlaps it); the works test passes
(WORKS-OK: the frame, not the name, is the cause); a bracket; 与/和/及 inside (SUBJECT_NOT); a count, kind or level
(COUNTED, GENERIC_LEAD, KIND, NOT_WORKS); no works end (round 18b's _works_end and no lexicon head); a head with a common
or short stem; not named only (round 18b's _named), split into: a coined name jieba splits (round23_names.split_name) or other.
"""
import sys
from collections import defaultdict

from kg.extract.entities.round23_names import split_name


def cause(r):
    toks = r[6].split()
    keys = {t.split(":")[0] for t in toks}
    if r[4] != "-" and not r[4].startswith("proj"):
        return "read as another kind"
    if "WORKS-OK" in keys:
        return "works test passes (frame not read)"
    if "bracket" in keys or "charset" in keys:
        return "bracket or sign inside"
    if any(t.startswith("SUBJECT_NOT:") and t[-1] in "与和及" for t in toks):
        return "与/和/及 inside"
    if keys & {"COUNTED", "GENERIC_LEAD", "KIND", "NOT_WORKS", "SUBJECT_NOT", "START_NOT", "head-org", "length"}:
        return "count, kind, level, zone or body word"
    if "no-works-end" in keys:
        return "no works end"
    if keys & {"common-stem", "stem<2"}:
        return "head with a common or short stem"
    if "not-named" in keys:
        return "not named: coined name jieba splits" if split_name(r[2]) else "not named: other"
    return "other"


rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
t = defaultdict(lambda: [set(), 0, 0, []])
for r in rows:
    c = cause(r)
    t[c][0].add(r[0])
    t[c][1] += 1
    t[c][2] += r[3] == "-"
    t[c][3].append(f"{r[2]} ({r[0]})")
print("| primary refusal | sets | whole misses (single) | examples |\n|---|---|---|---|")
for c, (sets, n, single, ex) in sorted(t.items(), key=lambda x: -len(x[1][0])):
    print(f"| {c} | {len(sets)}: {', '.join(sorted(sets, key=lambda s: int(s[3:] or 0)))} | {n} ({single}) | {'; '.join(ex[:5])} |")
