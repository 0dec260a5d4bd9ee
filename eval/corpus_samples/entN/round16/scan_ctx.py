"""Round 16 (progP): program names whose sentence context matches REGEX (NAME = the name, escaped).
usage: python scan_ctx.py DUMP.jsonl 'REGEX with NAME' [show]"""
import json, re, sys
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if re.search(sys.argv[2].replace("NAME", re.escape(p)), d["t"]):
            reps.add(d["r"]); n += 1
            if len(sys.argv) > 3:
                print(d["r"].split("/", 1)[1], "|", p, "|", d["t"][:160])
print(len(reps), "reports,", n, "names", file=sys.stderr)
