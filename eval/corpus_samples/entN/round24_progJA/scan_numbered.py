"""Round 24 (progJA): numbered quoted names right after a verb (统筹推进“五外联动”, 深入推进“四水同治”) in a dump.py file of
200 random corpus reports: each occurrence, and whether a program covers it.

usage: python scan_numbered.py DUMP.jsonl   (prints FOUND/MISS rows; the counts go to stderr)
The shape is broader than the fix (it also takes 创新, 做好, 抓好, 持续, 深入 and every counted name), to show what is left out.
"""
import json
import re
import sys

V = r"(?:推进|推行|实行|实施|落实|深化|开展|坚持|推广|探索|创新|建立|完善|抓好|做好|启动|持续|深入)"
rx = re.compile(V + r"(?:好|了)?“(?P<name>[一二三四五六七八九十两双百千万][^“”，。；、个大项]{3,5})”(?=[，。；、和及]|$)")
reps, miss_reps, n, miss = set(), set(), 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in rx.finditer(d["t"]):
        n += 1
        reps.add(d["r"])
        ok = any(m.group("name") in p for p in d["p"])
        if not ok:
            miss += 1
            miss_reps.add(d["r"])
        print("FOUND" if ok else "MISS", d["r"], m.group("name"), d["t"][max(0, m.start() - 15):m.end() + 8], sep="\t")
print(f"{n} occurrences in {len(reps)} reports; not found {miss} in {len(miss_reps)} reports", file=sys.stderr)
