"""Round 20b projCA: found project names that are an event with a governing verb kept in front, with the module's own matcher.

usage: PYTHONPATH=$PWD python scan_events.py DUMP.jsonl
"""
import json
import sys

from kg.extract.entities.round20b_bounds import _EVENT_START, _LEAD, _event

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
hits = []
for r in rows:
    for n in r["p"]:
        m = _LEAD.match(n)
        if m and _event(m.group("event")) and _EVENT_START.match(m.group("event")):
            hits.append((r["r"], "attend" if m.group("attend") else "host", n))
print(f"event names with a verb kept in front: {len(hits)} in {len({h[0] for h in hits})} of {len({r['r'] for r in rows})} reports")
for h in hits:
    print("   ", *h)
