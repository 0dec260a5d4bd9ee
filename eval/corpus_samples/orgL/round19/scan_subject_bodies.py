"""Round 19 orgAA: a body (bank, university, college, institute, laboratory) that opens a clause and acts, not found.

Round 18b's SUBJECT frame for companies (落户 与 获评 入选 …) with the heads of other bodies, plus 获/开业/组建完成/搬迁.
usage: python scan_subject_bodies.py DUMP.jsonl
"""
import json
import re
import sys

sys.path.insert(0, ".")
ACTION = (r"落户|入驻|迁驻|上榜|获评|获得|获|荣获|入选|入围|投资|完成|实现|搬迁|整体搬迁|上市|开业|组建完成|与|携手|联合|签约|"
          r"牵头|研发|中标|跻身|被评为|被认定为|被授予|成为|开创|攻克|参与|承担|师生")
SUBJ = re.compile(r"(?:^|(?<=[，。；：,;:]))(?:其中|同时|目前|此外)?(?P<name>[\u4e00-\u9fff]{2,14}?(?:银行|大学|学院|研究院|研究所|实验室))"
                  r"(?=(?:正式|成功|顺利|整体|全面|已|也|率先|首次|再次)?(?:" + ACTION + "))")
hits, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in SUBJ.finditer(d["t"]):
        n = m.group("name")
        if any(n in p or p in n for p in d["p"]):
            continue
        hits += 1
        reps.add(d["r"])
        print(f"{d['r']}\t{d['i']}\t{n}\t{d['t'][max(0, m.start() - 10):m.end() + 20]}")
print(f"# {hits} hits in {len(reps)} reports", file=sys.stderr)
