"""Round 26b (progNA) fix 2: how often a program name ending with the road it names (“四好农村路”, 断头路; not 一带一路 or a counted
两港两路) is read by the extractor on the 200 corpus reports of seed 2662, and in which form (built/counted vs the campaign
form `推进“四好农村路”建设` or a note's heading, which fix 2 keeps).

usage: PYTHONPATH=$PWD python scan_roads.py DUMP.jsonl   (DUMP from ../round15/dump.py 2662 200 DUMP.jsonl, run on any tree)
"""
import json
import sys

from kg.extract.entities.round26b_programs import CAMPAIGN_AFTER, ROAD_KIND

text_reps, built, campaign, rows = set(), set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "四好农村路" in t:
        text_reps.add(d["r"])
    for p in d["p"]:
        q = p.replace("“", "").replace("”", "")
        if not ROAD_KIND.search(q):
            continue
        at = t.replace("“", "").replace("”", "").find(q)
        after = t.replace("“", "").replace("”", "")[at + len(q):] if at >= 0 else ""
        form = "campaign" if CAMPAIGN_AFTER.match(after) else "built"
        (campaign if form == "campaign" else built).add(d["r"])
        rows.append(f"{d['r']}\t{d['i']}\t{form}\t{q}\t{t[max(0, at - 20):at + len(q) + 20] if at >= 0 else t[:60]}")
print("\n".join(rows))
print(f"# reports with 四好农村路 in the text: {len(text_reps)}; with a …路 program read: {len(built | campaign)} "
      f"(built/counted form: {len(built)}, campaign form or heading: {len(campaign)})")
