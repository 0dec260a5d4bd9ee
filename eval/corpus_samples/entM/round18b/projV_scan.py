"""Round 18b (projV): count dev18 projects-cause-2 frames (project verbs and frames) on a dump.py project dump.

usage: python projV_scan.py DUMP.jsonl [FAMILY] [LIMIT]
For each clause (split at ，,；;。：:) matching a family's frame, prints whether a project found in the sentence lies inside
the clause's name span; counts clauses and reports, and those with nothing found (the misses the family could fix).
"""
import json
import re
import sys
from collections import defaultdict

LEAD = r"(?:同时|此外|目前|其中|今年|去年|年内|年底前?|[0-9]{1,2}月(?:底|份)?|确保|力争|推动|实现|争取|加快|推进|促进)*"
ADV = r"(?:均|已经|已|相继|先后|陆续|正式|全面|顺利|如期|按期|即将|将|基本|全部|主体工程|主体)*"
FAMILIES = {
    # NAME + completion / opening verb ending the clause
    "done": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?){ADV}(?:建成投用|建成投运|建成运营|建成运行|建成使用|建成开放|建成投产|"
                       r"竣工投用|竣工投产|投入使用|投入运营|投入运行|投用|投运|完工|竣工|基本完成|对外开放|开门迎客|开业|启用)$"),
    # 启动(建设|实施) + NAME / 启动 + NAME + 建设
    "start": re.compile(rf"^{LEAD}(?:启动|开工|动工)(?:建设|实施)?(?P<name>[^，,；;。：:]{{3,30}}?)(?:建设|工程|项目|前期工作|勘察设计)?$"),
    # NAME + 启动建设 / 启动实施 / 开工建设
    "start_after": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?){ADV}(?:启动建设|启动实施|开工建设|开工|动工)$"),
    # hosted events: 办好/举办/承办 + NAME (节 会 赛 博览会 论坛 运动会)
    "event": re.compile(rf"^{LEAD}(?:高标准|高水平|精心|成功|圆满)?(?:办好|举办|承办|筹办)了?(?P<name>[^，,；;。：:]{{3,30}}?(?:节|会|赛|论坛|展|运动会|博览会))"
                        r"(?:等[^，,；;。：:]*)?$"),
    # NAME + a design or planning stage (完成初步规划编制, 初步设计方案获…批复, 启动勘察设计)
    "design": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?){ADV}(?:(?:完成|启动|开展)(?:了)?(?:初步|前期)?(?:规划|设计|勘察设计|可研|"
                         r"可行性研究|工可)(?:编制|报告|批复|工作|招标)?|(?:初步设计|可研|工可)(?:方案|报告)?(?:获|通过)[^，,；;。：:]{0,12}(?:批复|审查))$"),
    # 推进/加快/实施 + NAME + (改扩建|扩建|改造)?工程
    "push_works": re.compile(rf"^{LEAD}(?:推进|加快|实施|抓好|推动)(?P<name>[^，,；;。：:]{{3,30}}?(?:改扩建|扩建|改造|新建)?工程)$"),
    # NAME + 加快建设 / 建设进展顺利 (the clause's only verb)
    "speed": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?)(?:加快建设|加紧建设|建设进展顺利|进展顺利|有序推进|顺利推进)$"),
    # 办好/举办 + NAME ending in a bare 节/赛/展 (fix 3 tried, 6 reports)
    "event_bare": re.compile(rf"^(?:成功|圆满|精心|高标准|高水平)*(?:举办|承办|办好|主办|举行)了?(?P<name>[^，,。；;、：:“”《》和及与等的]{{2,16}}?(?:节|赛|展))$"),
}
GENERIC = re.compile(r"^(?:一批|多个|部分|各类|[0-9０-９一二三四五六七八九十两百千]+[个座所家条处项批])|[0-9０-９]+[个座所家条处项]")


def main():
    dump = sys.argv[1]
    fams = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] in FAMILIES else list(FAMILIES)
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10 ** 9
    stats = {f: [0, set(), 0, set()] for f in fams}  # clauses, reports, unread clauses (named), reports
    shown = defaultdict(int)
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        for clause in re.split(r"[，,；;。：:]", t):
            for f in fams:
                m = FAMILIES[f].match(clause.strip())
                if not m:
                    continue
                name = m.group("name")
                st = stats[f]
                st[0] += 1
                st[1].add(d["r"])
                hit = [p for p in found if p in clause]
                if hit or GENERIC.search(name):
                    continue
                st[2] += 1
                st[3].add(d["r"])
                if shown[f] < limit:
                    shown[f] += 1
                    print(f, "|", d["r"], d["i"], "|", clause.strip(), "|", name)
    for f in fams:
        c, r, u, ur = stats[f]
        print(f"== {f}: {c} clauses in {len(r)} reports; nothing found (name not counted): {u} clauses in {len(ur)} reports")


if __name__ == "__main__":
    main()
