"""Round 20 (projBB): count the project-trigger frames of the brief on a dump (entN/round15/dump.py SEED 200 OUT project).

usage: python scan.py DUMP [FAMILY] [show]
For each family: clauses matching the frame, the reports they are in, and those where no project overlaps the frame's
named part (approximated: none of the found names is inside the clause).
"""
import json
import re
import sys
from collections import defaultdict

DONE = r"(?:建成|竣工|完工|落成)?(?:并)?(?:投入使用|投入运营|投入运行|投用|投运|运营|开放|启用)"
FAM = {
    # a list of works put into use together (A、B建成投用)
    "list_done": re.compile(r"[^，,；;。：:]{2,40}、[^，,；;。：:]{2,40}?(?:已经|已|正式|顺利|相继|先后|全面|基本)*(?:建成投用|竣工投用|建成投运|建成运营|"
                            r"建成使用|建成开放|(?:建成|竣工|完工|落成)并?投入使用|投入使用|投入运营|竣工投产|建成投产)(?=$|[，,；;。])"),
    # …等项目加快推进 / …等…项目…推进
    "deng_push": re.compile(r"[^，,；;。：:]{2,60}等[^，,；;。：:]{0,12}(?:项目|工程)(?:建设)?(?:加快推进|扎实推进|顺利推进|有序推进|进展顺利|稳步推进|加快建设)"),
    # 推进A、B等…项目的实施 / 建设
    "push_deng": re.compile(r"(?:推进|推动|加快|抓好|实施)[^，,；;。：:]{2,40}、[^，,；;。：:]{2,40}等[^，,；;。：:]{0,16}(?:项目|工程)(?:的)?(?:实施|建设)"),
    # 高标准建设A、B / 抓好A、B
    "build_list": re.compile(r"(?:高标准|高质量|高起点)(?:规划)?建设[^，,；;。：:等]{2,30}、[^，,；;。：:等]{2,30}(?=$|[，,；;。])"),
    "grasp": re.compile(r"抓好[^，,；;。：:]{3,40}(?:工程|项目|中心|启动运营)(?=$|[，,；;。])"),
    # 推进X综合治理 (a named river or area)
    "govern": re.compile(r"(?:推进|实施|抓好|开展)[^，,；;。：:]{2,20}(?:流域|河|江|湖)[^，,；;。：:]{0,10}综合治理"),
    # fix 2's frame: a clause that is only [verb] NAME综合治理 with a water body or landform in NAME (no list)
    "govern_one": re.compile(r"(?:^|(?<=[，,；;。：:]))(?:[一二三四五六七八九十]是)?(?:继续|全面|加快|深入|大力|扎实|着力|持续)*"
                             r"(?:推进|推动|实施|抓好|开展|加强|深化|完成|启动|加快)?(?:本市|我市|全市)?"
                             r"[^，,；;。：:、等和及的]{0,16}(?:河|江|湖|海|淀|泊|水库|流域|山|湾|沟|岸|溪)[^，,；;。：:、等和及的]{0,10}"
                             r"综合治理(?:工程|项目)?(?:工作)?(?=$|[，,；;。])"),
    # A、B等一批…项目签约落地
    "signed": re.compile(r"[^，,；;。：:]{2,60}等[^，,；;。：:]{0,20}项目[^，,；;。：:]{0,4}(?:签约落地|成功签约|签约|落地)"),
    # X上线运行
    "online": re.compile(r"[^，,；;。：:]{3,30}(?:上线运行|上线)(?=$|[，,；;。])"),
    # events hosted: 成功举办A、B和C / 召开…发布会 / 办好…等…活动
    "host_list": re.compile(r"(?:成功举办|举办|承办|办好|召开)(?:了)?[^，,；;。：:]{2,40}(?:、|和)[^，,；;。：:]{2,40}(?:会|节|赛|展|坛)(?=$|[，,；;。等])"),
    "host_meet": re.compile(r"(?:成功举办|举办|承办|办好|召开)(?:了)?[^，,；;。：:、]{2,40}(?:发布会|说明会|推介会|洽谈会|对接会|恳谈会|招商会|交流会)"),
    # 建成X填埋场 / 建成X (a named facility after 建成)
    "built": re.compile(r"(?:建成|建成了)[^，,；;。：:、等]{3,24}(?:场|厂|站|馆|中心|大桥|公路|铁路)(?=$|[，,；;。])"),
    # 推进X工程建设 (quoted or not)
    "push_build": re.compile(r"推进[^，,；;。：:、]{3,24}工程建设(?=$|[，,；;。])"),
    # 围绕X建设
    "around": re.compile(r"围绕[^，,；;。：:、]{3,24}建设"),
}


def main():
    dump = sys.argv[1]
    fams = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] != "all" else list(FAM)
    show = "show" in sys.argv
    rows = [json.loads(x) for x in open(dump, encoding="utf-8")]
    for fam in fams:
        rx = FAM[fam]
        hits, miss = defaultdict(list), defaultdict(list)
        for d in rows:
            for m in rx.finditer(d["t"]):
                frag = m.group(0)
                hits[d["r"]].append(frag)
                if not any(p in frag for p in d["p"]):
                    miss[d["r"]].append((frag, d["p"]))
        print(f"{fam}: {sum(map(len, hits.values()))} in {len(hits)} reports; nothing found inside: "
              f"{sum(map(len, miss.values()))} in {len(miss)} reports")
        if show:
            for r, v in sorted(miss.items()):
                for frag, p in v:
                    print("   ", r, "|", frag, "|", p)


if __name__ == "__main__" and not (len(sys.argv) > 2 and sys.argv[2] == "list_items"):
    main()


def list_items(dump):
    """Fix 1's frame: a list (、) before a completion verb with an item (not the last) that no found name covers."""
    rows = [json.loads(x) for x in open(dump, encoding="utf-8")]
    reps, n = set(), 0
    for d in rows:
        for m in FAM["list_done"].finditer(d["t"]):
            frag = m.group(0)
            items = re.split(r"[、和及]", frag)
            miss = [it for it in items[:-1] if not any(p in it or it in p for p in d["p"])]
            if miss:
                n += 1
                reps.add(d["r"])
                print("   ", d["r"], "|", frag, "|", d["p"])
    print(f"list_items: {n} lists with an unread item in {len(reps)} reports")


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "list_items":
    list_items(sys.argv[1])
