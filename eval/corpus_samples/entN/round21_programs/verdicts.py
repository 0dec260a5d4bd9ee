"""Round 21 (progDB): the judged TSV of every changed line of diff200_seed2105_final.txt (pdiff.py of round 15).

usage: python verdicts.py diff200_seed2105_final.txt > judged_diff200_seed2105_final.tsv
Each line read by hand against GUIDELINES.md and the official gold's conventions (a named pilot is a program with 试点 kept:
营改增试点, 林长制试点, 垃圾分类试点, 新型城镇化试点); the verdict and reason per name are below, y unless listed.
"""
import sys

NOT_Y = {
    "省市梯级试点": ("n", "省市梯级试点扎实推进: the province's and cities' tiered pilots, a way of piloting, no one named pilot"),
    "低碳试点": ("half", "支持低碳试点、近零排放试点建设: a pilot field named short; the second item (近零排放试点) not read"),
}
REASON_Y = "a named pilot at a clause's start or after a verb of carrying it on, 试点 kept as the gold keeps it"

print("verdict\treport\tsentence\tchange\tname\treason")
report = sent = ""
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("   "):
        sign, name = line.strip().split(" ", 1)
        v, why = NOT_Y.get(name, ("y", REASON_Y))
        print(f"{v}\t{report}\t{sent}\t{sign}\t{name}\t{why}")
    elif " | " in line:
        head, sent = line.rstrip("\n").split(" | ", 1)
        report = head
