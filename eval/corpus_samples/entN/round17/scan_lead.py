"""Round 17 (progQ): program finds that open with a verb of the clause (提升/发展/弘扬/…), by what follows the verb.

usage: python scan_lead.py DUMP.jsonl [show]
q: the verb is followed by a quote in the sentence (提升“861”行动计划, 弘扬“晋江经验”)
r: the name is followed by a result noun (巩固提升污染防治攻坚战成果, …工程效能)
o: neither
"""
import collections
import json
import re
import sys

LEAD = re.compile(r"^(?:巩固提升|传承弘扬|巩固拓展|提升|发展|弘扬|传承|拓展|巩固)")
RESULT = re.compile(r"^(?:成果|成效|效能|质量|功能|水平|能力|保障能力|效益|作用|覆盖)")


def locate(name, text):
    pat = "[“”]?".join(map(re.escape, name))
    m = re.search(pat, text)
    return m


show = len(sys.argv) > 2
reps = collections.defaultdict(set)
n = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        lead = LEAD.match(p)
        if not lead:
            continue
        m = locate(p, t)
        if not m:
            continue
        raw = m.group(0)
        after = t[m.end():]
        if raw[len(lead.group(0))] == "“":
            k = "q"
        elif RESULT.match(after):
            k = "r"
        else:
            k = "o"
        reps[k].add(d["r"])
        n[k] += 1
        if show:
            print(k, "|", d["r"][10:], "|", p, "‖", t[max(0, m.start() - 10):m.end() + 8])
for k in sorted(reps):
    print(k, len(reps[k]), "reports", n[k], "names")
print("q or r", len(reps["q"] | reps["r"]), "reports")
