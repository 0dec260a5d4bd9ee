"""Round 19b (projAC): how many of the 200 reports (seed 1912) have a named works in a preparation or approval frame
that the extractor (main 397e405) did not read: the scan's unread clauses (scan.py on the before dump) marked by hand.

usage: python count_named.py BEFORE_DUMP.jsonl > named_in_frames_seed1912.tsv
WORKS_PREP / WORKS_APPROVAL are the named works read by hand in the unread clauses of scan.py's families (preparatory;
site, approval_set, feasibility, plan_design, prelim_design, approved, proposal); single items and list items alike.
A clause is marked y when it holds one of them, else n (plans, kinds, zones, counts, honours, generic 项目).
"""
import json
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from scan import FAMILIES, clauses  # noqa: E402

WORKS_PREP = ["五化灌区", "五象站", "平陆运河", "武鸣线", "莲花水库", "长泰枋洋第二水源", "西江引水", "熊耳河综合改造工程",
              "长沙至浏阳", "森林生态博物院", "吉抚武", "渝长厦", "长武杨家坪", "大理国际职教城", "漳砖", "保税物流中心（B型）",
              "九龙川煤矿", "芦家湾", "徐菏普铁", "罗师、宣威、会泽", "龙王庙抽水蓄能", "武禄双", "毕节至叙永", "归化水库",
              "牙根一级", "巴塘、理塘", "铜陵长江三桥", "滇中引水", "集张", "大柳树工程", "引江济淮", "疆电外送", "西气东输",
              "长江深水航道疏浚", "拉西瓦", "三江连通工程", "东宁界河桥", "武广客运专线", "滇中城际高速铁路"]
WORKS_APPROVAL = ["和林电厂", "庆华煤基综合利用项目", "青荣城际铁路", "阿合奇机场", "长庆桥至西峰铁路", "庆阳机场改扩建工程",
                  "日照机场", "湛海高铁", "广东滨海旅游公路湛江段", "泸石高速", "龙岩新机场", "引黄济宁工程", "毕节市美术馆",
                  "牡丹江机场迁建", "华中师范大学梁子湖校区", "天然气输气管道项目", "引洮工程", "关山Ⅱ库", "大雅河抽水蓄能电站",
                  "豫东北机场", "京沈客专阜新站", "锡澄城际轨道S1线", "宜兴丁蜀通用机场", "临沧至清水河铁路"]
PREP = {"preparatory"}
APPROVAL = {"site", "approval_set", "feasibility", "plan_design", "prelim_design", "approved", "proposal"}


def main():
    reports = {"prep": set(), "approval": set()}
    print("label\tgroup\treport\tsentence\tclause")
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for c in clauses(d["t"]):
            fams = {f for f, rx in FAMILIES.items() if re.search(rx, c)}
            if not fams or any(p in c for p in d["p"]):
                continue
            for group, fset, works in (("prep", PREP, WORKS_PREP), ("approval", APPROVAL, WORKS_APPROVAL)):
                if fams & fset:
                    y = any(w in c for w in works)
                    if y:
                        reports[group].add(d["r"])
                    print(f"{'y' if y else 'n'}\t{group}\t{d['r']}\t{d['i']}\t{c}")
    for g, r in reports.items():
        print(f"# {g}: named works unread in {len(r)} reports", file=sys.stderr)
    print(f"# either: {len(reports['prep'] | reports['approval'])} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
