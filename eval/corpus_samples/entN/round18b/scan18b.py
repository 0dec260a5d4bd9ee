"""Round 18b (progV): count dev18's programs cause-2 structures (plans, policies, opinions, action plans, mechanisms,
numbered packages) on a round-15 dump (../round15/dump.py 1812 200 OUT.jsonl) and whether the extractor reads them.

usage: python scan18b.py DUMP.jsonl [STRUCTURE [N]]   (no STRUCTURE: the table; with it: N examples not read)
A case is "read" when some program of its sentence ends with the case's last 4 characters (the head and what is
just before it).
"""
import json
import random
import re
import sys
from collections import defaultdict

H = r"\u4e00-\u9fff"
VERB = r"(?:制定|出台|印发|研究制定|编制|实施|落实|贯彻|执行|完善|细化|修订|结合|用好|用足|用活|研究|争取|建立|健全|构建|创新|推行|探索|形成)"
S = {
    # 制定出台促进工业园区发展的指导意见
    "opinion": re.compile(rf"{VERB}+(?:出台|实施|落实)?(?P<n>[{H}“”]{{4,40}}?的(?:指导|实施)?意见)"),
    # the structure fixed: a document the report issues (制定/出台/印发), named by its aim, before 意见 or 实施/行动/工作方案
    "issued": re.compile(rf"(?:研究出台|研究制定|制定出台|制定实施|制定并实施|出台实施|印发实施|制定|出台|印发)了?(?P<n>[{H}“”]{{4,40}}?"
                         rf"(?:指导意见|实施意见|若干意见|意见|实施方案|行动方案|工作方案))"),
    # 制定打造…主承载区行动方案
    "scheme": re.compile(rf"{VERB}+(?:出台|实施|落实)?(?P<n>[{H}“”]{{4,40}}?(?:行动|实施|工作|建设|改革)方案)"),
    # 研究新一轮国家棚户区改造政策, 细化完善疏解激励政策
    "policy": re.compile(rf"{VERB}+(?:出台|实施|落实)?(?P<n>[{H}“”]{{3,24}}?政策)(?![{H}])"),
    # 结合全省煤化工产业发展规划
    "plan": re.compile(rf"{VERB}+(?:出台|实施|落实)?(?P<n>[{H}“”]{{3,30}}?(?:发展|专项|建设|布局|保护)规划)(?![{H}])"),
    # 完善…科技评价机制, 健全项目策划生成和工作推进机制
    "mechanism": re.compile(rf"{VERB}+(?P<n>[{H}“”]{{3,24}}?机制)(?![{H}])"),
    # 出台人才强市“25条”, 促进民间投资发展10条措施, 126条政策举措
    "numbered": re.compile(rf"{VERB}+(?P<n>[{H}“”]{{2,30}}?(?:“?[0-9一二三四五六七八九十]+[条策]”?)(?:政策)?(?:措施|举措|政策)?)"),
}


def load(p):
    for line in open(p, encoding="utf-8"):
        yield json.loads(line)


def main():
    dump = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    per = defaultdict(lambda: [set(), set(), 0, 0, []])  # reports with, reports with unread, cases, unread
    for d in load(dump):
        for k, rx in S.items():
            if only and k != only:
                continue
            for m in rx.finditer(d["t"]):
                n = m.group("n").replace("“", "").replace("”", "")
                read = any(p.endswith(n[-4:]) or n[-4:] in p for p in d["p"])
                e = per[k]
                e[0].add(d["r"])
                e[2] += 1
                if not read:
                    e[1].add(d["r"])
                    e[3] += 1
                    e[4].append((d["r"], m.group(0), d["p"]))
    for k, e in per.items():
        print(f"{k:10} reports {len(e[0]):3}  reports-unread {len(e[1]):3}  cases {e[2]:4}  unread {e[3]:4}")
    if only:
        ex = per[only][4]
        random.Random(1812).shuffle(ex)
        for r, t, p in ex[: int(sys.argv[3]) if len(sys.argv) > 3 else 40]:
            print(r.split("/")[1], r[-8:-4], "|", t, "|", p[:6])


if __name__ == "__main__":
    main()
