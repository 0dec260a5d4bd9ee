"""Round 26b honNA: sentences of an hdump file where 成为 + (scope) + 首个/首批/首家/首所 + a name is written, and what the
extractor read there. usage: python scan_first_become.py DUMP.jsonl  → one line per clause: report, read honours, clause."""
import json
import re
import sys

PAT = re.compile(r"[^，。；]*成为[^，。；]{0,10}首[个批家所座][^，。；]*")
reports = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        reports.add(d["r"])
        read = [h for h in d["h"] if h[0][-4:] in re.sub(r"[“”]", "", m.group(0))]
        print(f"{d['r']}\t{'READ' if read else 'none'}\t{read}\t{m.group(0)}")
print(f"# reports: {len(reports)}", file=sys.stderr)
