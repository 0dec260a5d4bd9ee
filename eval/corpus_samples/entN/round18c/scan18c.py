"""Round 18c (progW): count quoted names followed by a trailer word on a round-15 dump.py file.

usage: python scan18c.py DUMP.jsonl [TRAILER [N]]   (prints per trailer: reports, cases, and how the extractor read them;
with TRAILER, lists N random cases of that trailer not read bare)
A case is `“X”T` (X 2-16 characters, no punctuation) with T one of the trailers below. Reading of the case in that
sentence's programs: bare (X), with (X+T or a longer name ending in X+T), inner (another program holding X), none.
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict

TRAILERS = ["活动", "项目", "建设", "工作", "行动", "工程", "企业", "改革", "试点", "机制", "模式", "服务", "品牌", "平台", "任务"]
Q = re.compile(r"“([^“”，。；、：]{2,16})”(" + "|".join(TRAILERS) + ")")


def load(p):
    for line in open(p, encoding="utf-8"):
        yield json.loads(line)


def norm(x):
    return x.replace("“", "").replace("”", "")


def main():
    cases = defaultdict(list)
    for d in load(sys.argv[1]):
        progs = [norm(p) for p in d["p"]]
        for m in Q.finditer(d["t"]):
            x, t = m.group(1), m.group(2)
            if x in progs:
                how = "bare"
            elif any(p.endswith(x + t) or (x + t) in p for p in progs):
                how = "with"
            elif any(x in p for p in progs):
                how = "inner"
            else:
                how = "none"
            cases[t].append((d["r"], how, x, t, d["t"], d["p"]))
    if len(sys.argv) > 2:
        t = sys.argv[2]
        n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
        c = [x for x in cases[t] if x[1] != "bare"]
        random.Random(1817).shuffle(c)
        for r, how, x, t, s, p in c[:n]:
            i = s.find("“" + x + "”")
            print(how, "|", r, "|", s[max(0, i - 30):i + len(x) + 30], "|", p)
        return
    for t in TRAILERS:
        c = cases[t]
        hows = Counter(h for _, h, *_ in c)
        reps = {r for r, *_ in c}
        reps_with = {r for r, h, *_ in c if h == "with"}
        reps_nb = {r for r, h, *_ in c if h != "bare"}
        print(f"{t}\treports {len(reps)}\tcases {len(c)}\t{dict(hows)}\treports read with trailer {len(reps_with)}\t"
              f"not bare {len(reps_nb)}")


if __name__ == "__main__":
    main()
