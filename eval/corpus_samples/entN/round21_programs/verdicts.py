"""Round 21 (progDB): the judged TSV of every changed line of diff200_seed2105_final.txt (pdiff.py of round 15; fix 1 and fix 2).

usage: python verdicts.py diff200_seed2105_final.txt > judged_diff200_seed2105_final.tsv
Each line read by hand against GUIDELINES.md and the official gold's conventions (a named pilot is a program with 试点 kept:
营改增试点, 林长制试点, 垃圾分类试点, 新型城镇化试点); the verdict and reason per name are below, y unless listed.
"""
import sys

NOT_Y = {
    "省市梯级试点": ("n", "省市梯级试点扎实推进: the province's and cities' tiered pilots, a way of piloting, no one named pilot"),
    "低碳试点": ("half", "支持低碳试点、近零排放试点建设: a pilot field named short; the second item (近零排放试点) not read"),
    # fix 2 (新一轮X)
    "对口帮扶计划": ("half", "制定实施新一轮对口帮扶计划: the province's pairing-aid plan, named by its kind more than by a name"),
}
REASON_ROUND = "a programme run again, named after 新一轮 (left out, as the official gold cuts 新一轮千亿斤粮食产能提升行动)"
ROUND_NAMES = {"鼓励创业带动就业三年行动计划", "地下空间三年整治", "市容环境综合整治", "农网升级改造工程", "扶贫攻坚计划", "八老改造工程",
               "全面创新改革试验", "农村人居环境整治", "技术改造升级工程", "农村实事工程", "重大技术改造升级工程", "电网改造工程"}
REASON_Y = "a named pilot at a clause's start or after a verb of carrying it on, 试点 kept as the gold keeps it"

print("verdict\treport\tsentence\tchange\tname\treason")
report = sent = ""
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("   "):
        sign, name = line.strip().split(" ", 1)
        v, why = NOT_Y.get(name, ("y", REASON_ROUND if name in ROUND_NAMES else REASON_Y))
        print(f"{v}\t{report}\t{sent}\t{sign}\t{name}\t{why}")
    elif " | " in line:
        head, sent = line.rstrip("\n").split(" | ", 1)
        report = head
