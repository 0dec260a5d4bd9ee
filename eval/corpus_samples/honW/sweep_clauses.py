"""Round 15 (honW) recall sweep by clause: every clause outside the plan part with an honor trigger of the brief's list
in which no extracted title of its sentence lies (the sentence may have honors in other clauses).
usage: sweep_clauses.py DUMP.jsonl > clauses.tsv (report, sentence, trigger, clause)"""
import json
import re
import sys

T = re.compile(r"荣获|获评|被评为|评为|入选|被命名为|命名为|获得[^，。；]*称号|被授予|授予|列入[^，。；]*(?:名单|名录)|成功创建|创成"
               r"|获批[^，。；]*(?:示范|试点)|跻身|成为[^，。；]*(?:城市|县|试点|示范)")
COUNTED = re.compile(r"^[^，。；]{0,8}?(?:[0-9]+|[一二三四五六七八九十两]+)(?:多|余)?[个家所项名户人村县镇区件座条部批]")
GOAL = re.compile(r"争创|力争|争取|确保|积极创建|加快创建|全力创建|申报|创建工作|争当|打造|建设成为|努力|推动|支持|鼓励|为契机")
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    titles = [h for h, _ in d["h"]]
    for clause in re.split(r"[，。；：！？]", d["t"]):
        m = T.search(clause)
        if not m or any(t[-4:] in clause.replace("“", "").replace("”", "") for t in titles):
            continue
        kind = "counted" if COUNTED.search(clause[:m.start()]) else "goal" if GOAL.search(clause) else ""
        print(d["r"], d["i"], m.group(0)[:2], kind, clause, sep="\t")
