"""Round 22 (projFA): shape E2 on a dump.py file — a list item described by its own amount (投资236亿元的A、106亿元的B;
30亿元的汇福粮油、28亿元的高效单晶电池): every `N亿元的 + name` after 、/，/和/及 or opening a clause, whatever the word before.

usage: python scan_amounts.py DUMP.jsonl   (prints each amount item, whether a found project starts with its name, then counts)
"""
import json
import re
import sys

AMOUNT = re.compile(r"(?P<lead>(?:总投资|计划投资|协议投资|投资总额|投资)?(?:额)?(?:约|近|超过?|达到?|逾)?)(?P<amt>[0-9.]+\s*(?:万|亿)(?:美)?元)的"
                    r"(?P<item>[\u4e00-\u9fffA-Za-z0-9“”·（）()]{2,24}?)(?=[、，,。；;：:]|等|和(?=[0-9.]+\s*(?:万|亿))|项目|建设|开工|竣工|投产|签约|落户|落地|顺利|正式|加快|相继|$)")

reports, n, miss = set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in AMOUNT.finditer(t):
        before = t[max(0, m.start() - 1):m.start()]
        if m.group("lead") == "" and before not in ("、", "，", ",", "和", "及", " ", ""):
            continue
        if m.group("lead") == "" and before == "" and m.start() > 0:
            continue
        item = m.group("item")
        if re.match(r"(?:[0-9一二三四五六七八九十]+[个项批家])|重大|重点|一批|项目", item):
            continue
        ok = any(f.startswith(item[:4]) or item[:4] in f for f in d["p"])
        n += 1
        if not ok:
            miss += 1
            reports.add(d["r"])
        print("ok " if ok else "MISS", "lead" if m.group("lead") else "bare", d["r"].split("/", 1)[1], "|", t[max(0, m.start() - 20):m.end() + 8])
print(n, "amount items;", miss, "not found, in", len(reports), "reports")
