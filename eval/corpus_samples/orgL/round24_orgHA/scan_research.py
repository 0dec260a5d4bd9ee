"""Round 24 orgHA: count the pattern of fix 1 on a round 15 dump.py file (every sentence, organizations found by some code):
the named research institutes, laboratories and research branches in a frame of their setting up, building or work
(round24_research run on the sentence alone, so without the overlap test against older finds), and how many of them the
dump's code found as an organization (the name, or a find ending it).

usage: PYTHONPATH=REPO python scan_research.py DUMP.jsonl > scan.txt   (each case: report, name, found y/n, sentence)
"""
import json
import sys

from kg.extract.entities.round24_orgs import round24_research

reports, unfound_reports, n, nu = set(), set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for f in round24_research([], d["t"]):
        hit = any(o == f.name or f.name.endswith(o) and len(o) >= 4 or o.endswith(f.name) for o in d["p"])
        n += 1
        reports.add(d["r"])
        if not hit:
            nu += 1
            unfound_reports.add(d["r"])
        print(f"{d['r']}\t{f.name}\t{'y' if hit else 'n'}\t{d['t'][:160]}")
print(f"pattern: {n} names in {len(reports)} reports; not found as an organization: {nu} names in {len(unfound_reports)} reports",
      file=sys.stderr)
