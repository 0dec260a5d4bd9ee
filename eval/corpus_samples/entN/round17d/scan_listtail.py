"""Round 17d (progT): lists before a shared head where a completed item takes only the head word, not the shared words
before it (高端装备、新材料升级行动计划 -> 高端装备行动计划 while 新材料升级行动计划 is found).

usage: python scan_listtail.py DUMP.jsonl   (dump of ../round15/dump.py). Prints each case and the count of reports/cases.
A case: a found program A+T not in the text, A followed by 、/和/及 in the text, and another found program P = X+T written
right after the list mark(s) (in the text), with P longer than the item + T: the completion of A skipped P's middle words.
"""
import json
import re
import sys

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"].replace("“", "").replace("”", "")
    ps = d["p"]
    for a_t in ps:
        if a_t in t:
            continue
        for k in range(2, len(a_t) - 1):
            a, tail = a_t[:k], a_t[k:]
            m = re.search(re.escape(a) + r"(?:[、和及与]|以及)", t)
            if not m:
                continue
            rest = t[m.end():]
            for p in ps:
                if p != a_t and p.endswith(tail) and len(p) > len(tail) and p in rest[:40]:
                    # p's words before the shared tail: does it contain more than one item?
                    seg = rest[:rest.find(p) + len(p)]
                    print(d["r"], d["i"], "|", a_t, "<-", p, "|", seg[:60])
                    reps.add(d["r"])
                    n += 1
                    break
            else:
                continue
            break
print(len(reps), "reports,", n, "cases")
