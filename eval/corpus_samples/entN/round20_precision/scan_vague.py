"""Round 20 (progBC): count the two structures of this round's fixes on a dump of round 15's dump.py.

usage: python scan_vague.py DUMP.jsonl [which=all|pejorative|support]
- pejorative: a program naming a work the report condemns (政绩工程, 形象工程, 面子工程, 豆腐渣工程, 半拉子工程 …);
- support: the bare name 对口支援 (the paired-support relationship, no named program).
Prints each find with the sentence around it and, at the end, finds and reports per structure.
"""
import json
import re
import sys

PEJORATIVE = re.compile(r"(?:政绩|形象|面子|豆腐渣|半拉子|胡子|献礼|门面|样板)工程")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
which = sys.argv[2] if len(sys.argv) > 2 else "all"
tests = {"pejorative": lambda p: bool(PEJORATIVE.search(p)), "support": lambda p: p == "对口支援"}
for name, test in tests.items():
    if which not in ("all", name):
        continue
    finds = [(d["r"], p, d["t"]) for d in rows for p in d["p"] if test(p)]
    for r, p, t in finds:
        k = t.find(p[:4])
        print(name, p, r, t[max(0, k - 25):k + len(p) + 15].replace("\t", " "), sep="\t")
    print(f"# {name}: {len(finds)} finds in {len({r for r, _, _ in finds})} reports")
