"""Round 15 (honW) recall sweep: the clauses with an honor trigger (brief's list) in sentences where the extractor
finds no honor, from an hdump.py file. usage: sweep.py DUMP.jsonl > clauses.tsv (report, sentence, trigger, clause)"""
import json
import re
import sys

T = re.compile(r"荣获|获评|被评为|评为|入选|被命名为|命名为|获得[^，。；]*称号|被授予|授予|列入[^，。；]*(?:名单|名录)|成功创建|创成"
               r"|获批[^，。；]*(?:示范|试点)|通过[^，。；]*(?:验收|复审)|跻身|成为[^，。；]*(?:城市|县)")
GOAL = re.compile(r"争创|力争|争取|确保|积极创建|加快创建|全力创建|推进|申报|创建工作|争当|打造|建设成为|努力")
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d["h"] or d.get("p") == "plan":
        continue  # the plan part's triggers are goals (find_honors skips them)
    for clause in re.split(r"[，。；：！？]", d["t"]):
        m = T.search(clause)
        if m:
            goal = "goal" if GOAL.search(clause) else ""
            print(d["r"], d["i"], re.match(r"[一-龥]{2}", m.group(0)).group(0), goal, clause, sep="\t")
