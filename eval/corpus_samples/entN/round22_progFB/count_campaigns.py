"""Round 22 (progFB) fix 2: lists before 等专项行动 on the 200 reports (the module's CAMPAIGN_AT/CAMPAIGN_VERB).

usage: python count_campaigns.py DUMP.jsonl   (prints each list with the programs of the dump for its sentence; counts reports
with the shape and with an item not found, i.e. no found name starting with the item's first two characters)
"""
import json
import re
import sys

from kg.extract.entities.round22_program_lists import CAMPAIGN_AT, CAMPAIGN_VERB

reps, miss = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in CAMPAIGN_AT.finditer(t):
        cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？") + 1
        verbs = list(CAMPAIGN_VERB.finditer(t, cs, m.start()))
        if not verbs or "、" not in t[verbs[-1].end():m.start()]:
            continue
        items = re.split("、", t[verbs[-1].end():m.start()])
        lost = [i for i in items if not any(p.startswith(i.replace("“", "")[:2]) for p in d["p"])]
        reps.add(d["r"])
        if lost:
            miss.add(d["r"])
        print(f"{d['r']}\t{t[verbs[-1].end():m.end()]}\t{' | '.join(d['p'])}\tnot found: {'、'.join(lost)}")
print(f"# shape in {len(reps)} reports; an item not found in {len(miss)}", file=sys.stderr)
