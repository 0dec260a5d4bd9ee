"""Round 21 (projDA): count the project frames of dev23's cause 1 on a dump.py file (entN/round15/dump.py SEED N OUT project).

usage: python scan.py DUMP [FAMILY|all] [show]
For each family: clauses matching the frame, reports with one, and the same with no project read inside the clause
("unread"). `show` prints the unread clauses of the family.
"""
import json
import re
import sys
from collections import defaultdict

INVEST = r"(?:总投资|投资|总投入|投入)(?:约|近|超过?|达)?[0-9０-９.]+(?:多)?[万亿]+(?:美)?元(?:人民币)?(?:以上)?的"
DONE = r"(?:建成|竣工|完工|落成)?(?:并)?(?:投入使用|投入运行|投入运营|投用|投运|投产|达产|开业|运营|开工建设|开工|动工|签约|落户|竣工|建成|完工)"
FAMILIES = {
    # investment phrase + name + completion/start verb (总投资86亿元的国电二期正式投产)
    "invest_done": re.compile(INVEST + r"(?P<x>[^，,；;。：:]{2,40}?)(?:已经|已|正式|顺利|全面|全线|基本|如期|按期|提前|相继|先后|陆续)*" + DONE + "$"),
    # any investment phrase + name (whatever follows)
    "invest_any": re.compile(INVEST + r"(?P<x>[^，,；;。：:]{2,40})"),
    # milestone verbs
    "milestone": re.compile(r"(?P<x>[^，,；;。：:]{3,40}?)(?:主体|主体结构|主体钢结构|钢结构)?(?:已经|已|正式|顺利|全面|全线|基本|如期|按期|提前)*(?:封顶|贯通|开通|通车|合龙|投产)$"),
    "open_x": re.compile(r"^(?:[^，,；;。：:]{0,8}?)(?:开通|贯通|重建|修缮保护|修缮)(?P<x>[^，,；;。：:]{3,30})$"),
    # preparatory work
    "prep": re.compile(r"(?P<x>[^，,；;。：:]{3,40}?)(?:等)?(?:项目)?前期(?:工作)?"),
    # events organised
    "events": re.compile(r"(?P<x>[^，,；;。：:]{3,60}?)等?(?:招商活动|促进周|促进月|推介会|投资洽谈会|经贸洽谈会)"),
    # 以X为牵引/抓手/龙头/突破口
    "lead_x": re.compile(r"以(?P<x>[^，,；;。：:]{3,30}?项目)为(?:牵引|抓手|龙头|突破口|引领|支撑|重点)"),
    # X落户
    "settle": re.compile(r"(?P<x>[^，,；;。：:]{3,30}?)(?:成功|正式|顺利)?落户"),
    # 谋划推进 / 全力支持 X
    "plan_push": re.compile(r"(?:谋划推进|谋划建设|全力支持|积极争取|争取)(?P<x>[^，,；;。：:]{3,30})"),
}


def main():
    path = sys.argv[1]
    fams = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] != "all" else list(FAMILIES)
    show = "show" in sys.argv[3:]
    hits = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for clause in re.split(r"[，,；;。：:！!？?]", d["t"]):
            for fam in fams:
                m = FAMILIES[fam].search(clause)
                if m:
                    read = any(p in clause for p in d["p"])
                    hits[fam].append((d["r"], clause, m.group("x"), read))
    for fam in fams:
        h = hits[fam]
        un = [x for x in h if not x[3]]
        print(f"{fam}: {len(h)} clauses in {len({x[0] for x in h})} reports; unread {len(un)} in {len({x[0] for x in un})} reports")
        if show:
            for r, c, x, _ in un:
                print(f"   {r}\t{x}\t{c}")


if __name__ == "__main__":
    main()
