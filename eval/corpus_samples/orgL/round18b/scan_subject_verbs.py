"""Round 18b orgV: a company (a run of Han characters ending in 集团/公司/控股/股份) right before a verb of what a company
does or undergoes, not covered by any organization of a dump.py dump; counted by the verb (the frame).
usage: PYTHONPATH=$PWD python scan_subject_verbs.py DUMP.jsonl"""
from __future__ import annotations

import collections
import json
import re
import sys

VERBS = (r"获评|入选|荣获|获得|被评为|被认定为|被授予|被命名为|入围|上榜|成为|被列为|列入|跻身|"
         r"重组|整体重组|整合|合并|兼并|并购|收购|控股|参股|入股|增资|上市|挂牌|成功上市|实现上市|过会|"
         r"落户|入驻|迁驻|搬迁|投产|建成投产|开工|签约|投资|完成|实现|启动|与|联合|携手|牵头|组建|成立|改制|转型|破产|退出|"
         r"研发|研制|生产|突破|攻克|建成|打造|发展|专注|主导|参与|承担|中标|获批")
PAT = re.compile(r"([\u4e00-\u9fffA-Za-z0-9（）()]{2,12}?(?:集团|公司|控股|股份))(" + VERBS + ")")


def main() -> None:
    n, reps = collections.Counter(), collections.defaultdict(set)
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        for m in PAT.finditer(t):
            name = m.group(1)
            if any(p.endswith(name[-4:]) and p in t for p in found) or any(name[-4:] in p for p in found):
                continue
            n[m.group(2)] += 1
            reps[m.group(2)].add(d["r"])
            print("HIT", m.group(2), name, d["r"], t[max(0, m.start() - 12):m.end() + 12], sep="\t")
    for k, v in n.most_common():
        print("CNT", k, v, len(reps[k]), sep="\t")
    print("ALL", sum(n.values()), len(set().union(*reps.values())), sep="\t")


if __name__ == "__main__":
    main()
