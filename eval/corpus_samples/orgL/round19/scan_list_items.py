"""Round 19 orgAA: list items with an organization head left out of a list whose other items are found organizations.

A list `A、B、C` (or `A、B及C`, `A、B和C`) where at least one item is a found organization and an item B ending in an
organization head is not found (the middle item of 燃气化工总公司、建工集团及交通系统企业改制, 广西海洋实验室、甘蔗生物育种实验室、
陆海通道工程全寿命安全实验室).
usage: python scan_list_items.py DUMP.jsonl   (prints hits, then hits / reports)
"""
import json
import re
import sys

HEAD = re.compile(r"(?:集团|公司|研究院|研究所|大学|学院|医院|银行|实验室|研发中心|创新中心|工作站|协会|商会|联盟|控股)$")
SEP = re.compile(r"[、及和与]")
hits, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if not d["p"]:
        continue
    t = d["t"]
    for clause in re.split(r"[，。；：！？（）“”《》]", t):
        items = [x for x in re.split(r"、|及|和", clause) if x]
        if len(items) < 2:
            continue
        found = [any(p and (p == it or it.endswith(p)) for p in d["p"]) for it in items]
        if not any(found):
            continue
        for it, f in zip(items, found):
            if not f and HEAD.search(it) and not any(p in it for p in d["p"]):
                hits += 1
                reps.add(d["r"])
                print(f"{d['r']}\t{d['i']}\t{it}\t{' | '.join(d['p'])}\t{clause[:120]}")
print(f"# {hits} hits in {len(reps)} reports", file=sys.stderr)
