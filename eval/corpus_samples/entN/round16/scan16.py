"""Round 16 (progP): count program names of a dump.py file by ending / pattern (reports and names).
usage: python scan16.py DUMP.jsonl REGEX [show]"""
import json, re, sys
rx = re.compile(sys.argv[2])
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if rx.search(p):
            reps.add(d["r"]); n += 1
            if len(sys.argv) > 3:
                print(d["r"].split("/",1)[1], "|", p, "|", d["t"][:150])
print(len(reps), "reports,", n, "names", file=sys.stderr)
