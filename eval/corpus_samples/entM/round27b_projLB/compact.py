"""Round 27b (projLB): fold a pdiff.py diff into one block per sentence: TRIM (the name lost 项目), LOST (a joined name
replaced), NEW (read). usage: python compact.py DIFF > COMPACT"""
import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
cur, minus, plus = None, [], []


def flush():
    if cur is None:
        return
    trims = [p for p in plus if p.replace(" ", "") + "项目" in [m.replace(" ", "") for m in minus]]
    rest_m = [m for m in minus if m.replace(" ", "")[:-2] not in [p.replace(" ", "") for p in plus]]
    rest_p = [p for p in plus if p not in trims]
    print(cur.split("|")[0].split("/")[-2] + cur.split("|")[0].split("/")[-1][:4], "|", cur.split("|", 1)[1][:150].strip())
    for k, v in (("TRIM", trims), ("LOST", rest_m), ("NEW ", rest_p)):
        if v:
            print("   ", k, v)


for line in lines:
    if line.startswith("   -"):
        minus.append(line[5:])
    elif line.startswith("   +"):
        plus.append(line[5:])
    elif "|" in line:
        flush()
        cur, minus, plus = line, [], []
flush()
