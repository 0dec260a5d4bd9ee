"""Round 19b (projAC): count planning/approval/preparation frames on a dump.py project dump (seed 1912, 200 reports).

usage: python scan.py DUMP.jsonl [FAMILY] [LIMIT]
A clause (split at ，；。：) is counted in a family when its regex matches; it is "unread" when no project the
extractor found in that sentence lies inside the clause. With FAMILY, prints the unread clauses (up to LIMIT).
"""
import json
import re
import sys

FAMILIES = {
    "preparatory": r"前期工作|前期准备|开工前(?:期)?准备|前期手续",
    "feasibility": r"可研|可行性研究",
    "proposal": r"项目建议书",
    "approval_set": r"立项",
    "site": r"选址",
    "plan_design": r"规划设计|初步规划",
    "prelim_design": r"初步设计|施工图设计|勘察设计|勘测设计",
    "eia": r"环评|环境影响评价",
    "approved": r"获批|获得?[^，；。]{0,14}(?:批复|批准|核准|审批)|通过[^，；。]{0,10}(?:审查|评审|批复)|争取[^，；。]{0,20}(?:批复|审批|核准)",
    "landing": r"落地",
    "intend": r"(?:^|[，；。])(?:[^，；。]{0,12})(?:拟|计划)(?:投资[^，；。]{0,12})?(?:在[^，；。]{1,12})?(?:新建|建设|兴建)",
}
SPLIT = re.compile(r"[，,；;。：:！!？?]")


def clauses(text):
    i = 0
    for m in SPLIT.finditer(text + "。"):
        yield text[i:m.start()]
        i = m.end()


def main():
    dump = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
    stats = {f: [0, set(), 0, set()] for f in FAMILIES}
    shown = 0
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        for c in clauses(d["t"]):
            for fam, rx in FAMILIES.items():
                if not re.search(rx, c):
                    continue
                st = stats[fam]
                st[0] += 1
                st[1].add(d["r"])
                if not any(p in c for p in d["p"]):
                    st[2] += 1
                    st[3].add(d["r"])
                    if fam == only and shown < limit:
                        shown += 1
                        print(f"{d['r']}\t{d['i']}\t{c}")
    if only:
        return
    print("family\tclauses\treports\tunread_clauses\tunread_reports")
    for fam, st in stats.items():
        print(f"{fam}\t{st[0]}\t{len(st[1])}\t{st[2]}\t{len(st[3])}")


if __name__ == "__main__":
    main()
