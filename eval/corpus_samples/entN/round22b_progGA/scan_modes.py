"""Round 22b (progGA): fix 3's shape — a mode of running or managing something, `…(运营|运作|运行|管理|经营|运维|管护|养护|
维护)(新)?模式` — read as a program: on a dump.py file (200 reports), and in the development sets (set_finds_*.tsv: LISTED or not).

usage: python scan_modes.py DUMP.jsonl set_finds_before.tsv set_finds_before_old.tsv
"""
import json
import re
import sys

RUN_MODE = re.compile(r"(?:运营|运作|运行|管理|经营|运维|管护|养护|维护)(?:新)?模式$")
hits = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    hits += [(d["r"], p) for p in d["p"] if RUN_MODE.search(p)]
print(f"== 200 reports: {len(hits)} finds in {len({r for r, _ in hits})} reports")
for r, p in hits:
    print(f"{r}\t{p}")
for fn in sys.argv[2:]:
    for line in open(fn, encoding="utf-8"):
        s, f, lab, n, c = line.rstrip("\n").split("\t")
        if RUN_MODE.search(n):
            print(f"SET\t{s}\t{lab}\t{n}")
