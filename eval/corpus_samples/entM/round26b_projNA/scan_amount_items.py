"""Round 26b (projNA): list items named after their own investment after the first one
(开工建设投资10亿元的招华物流配送、6亿元的青岛啤酒异地扩建等112个新项目; 30亿元的汇福粮油、28亿元的高效单晶电池、7亿美元的欣兴电子等项目).

usage: python scan_amount_items.py DUMP.jsonl   (a dump of eval/corpus_samples/entN/round15/dump.py … project)
Prints each amount-led item that follows a 、 in a list with at least two amount-led items, the name after 的, and
whether a found project overlaps it (y/n); the count of reports with such an item, and with one unread, on stderr.
"""
import json
import re
import sys

AMOUNT = re.compile(r"(?:总投资|计划投资|协议投资|投资)?(?:额)?(?:约|近|超过?|达到?|逾)?[0-9.]+\s*(?:万|亿)(?:美)?元(?:左右)?的")
END = re.compile(r"[、，,；;。：:（(]|等|和|及|项目")
reps, unread = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    if "元的" not in t or "、" not in t:
        continue
    for cl in re.split(r"[，,；;。：:]", t):
        ms = list(AMOUNT.finditer(cl))
        if len(ms) < 2:
            continue
        for m in ms[1:]:
            lead = cl[:m.start()].rstrip()
            if not lead.endswith(("、", "和", "及")):
                continue
            if re.search(r"(?:以上|以下|不等)的$", m.group(0)):
                continue
            e = END.search(cl, m.end())
            name = cl[m.end():e.start() if e else len(cl)].strip()
            if len(name) < 2:
                continue
            hit = any(name[:3] in p or p in name for p in d["p"])
            reps.add(d["r"])
            if not hit:
                unread.add(d["r"])
            print("y" if hit else "n", d["r"], name, cl[:120], sep="\t")
print(len(reps), "reports with the frame;", len(unread), "with an item unread", file=sys.stderr)
