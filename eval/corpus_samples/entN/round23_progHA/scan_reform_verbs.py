"""Round 23 (progHA) fix 2: count, on a dump.py file, the programs that are 改革 (a verb) + the system, mechanism, mode or
structure it reforms (改革公务用车制度, 改革政府融资模式) — REFORM_VERB of kg/extract/entities/round23_precision.py.

usage: python scan_reform_verbs.py DUMP.jsonl
"""
import json
import re
import sys

REFORM_VERB = re.compile(r"改革(?!开放|创新|发展|试验|试点|攻坚)[^，。；]{2,}(?:制度|机制|模式|体制)")
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d.get("p", []):
        if REFORM_VERB.fullmatch(p):
            n += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{p}\t{d['t'][:100]}")
print(f"# {n} finds in {len(reps)} reports")
