"""Round 23 honGA: honour titles found with a year written before them (入选2024年全国休闲农业重点县) on hdump.py's output.

usage: python eval/corpus_samples/honW/round23/scan_year_title.py DUMP.jsonl
"""
import json
import re
import sys

rows, reports = [], set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for h, r in d["h"]:
        if re.match(r"(?:19|20)\d\d年?度?", h):
            rows.append((d["r"], h, r))
            reports.add(d["r"])
for r in rows:
    print(*r, sep="\t")
print(f"# {len(rows)} titles in {len(reports)} reports")
