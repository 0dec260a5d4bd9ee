"""Round 20b (projCC): count the project-trigger frames of the brief on a dump (entN/round15/dump.py SEED 200 OUT project).

usage: python scan.py DUMP [FAMILY|all] [show]
For each family: clauses matching the frame, the reports they are in, and those where no found project overlaps the
frame's named part (approximated: no found name is inside the match).
"""
import json
import re
import sys
from collections import defaultdict

C = r"[^，,；;。：:]"
FAM = {
    # plans and preparatory work: 加紧X项目前期工作, 推进X南延前期工作, 积极推进市第一医院新院前期工作
    "prep": re.compile(r"(?:推进|推动|加快|加紧|抓紧|做好|抓好|启动|开展|完成|深化)" + C + r"{2,30}?前期(?:工作)?(?=$|[，,；;。])"),
    # 做好X谋划争取 / 筹划修建X / 谋划建设X
    "plan": re.compile(r"(?:谋划争取|筹划修建|筹划建设|谋划建设|规划建设|争取建设)" + C + r"{0,30}"),
    # X建设相关工作
    "related": re.compile(C + r"{2,30}建设相关工作"),
    # review: A、B完成改造 / X全线(基本)?贯通 / X获…批复立项
    "done_reform": re.compile(C + r"{2,40}(?:完成|实施)(?:改造|提升改造|升级改造|改扩建|提档升级)(?=$|[，,；;。])"),
    "through": re.compile(C + r"{2,30}(?:全线|全面)(?:基本)?(?:贯通|通车|建成)(?=$|[，,；;。])"),
    "approved": re.compile(C + r"{2,30}(?:获|获得|通过)" + C + r"{0,12}(?:批复|核准|立项|批准)" + C + r"{0,4}(?=$|[，,；;。])"),
    # 动工疏浚X / 开工建设X (one item) / 建成X服务中心
    "dredge": re.compile(r"(?:动工|开工)?疏浚" + C + r"{2,20}"),
    "built_center": re.compile(r"建成" + C + r"{2,24}(?:服务中心|中心)(?=$|[，,；;。])"),
    # 全力推进A、B等建设项目
    "deng_build": re.compile(r"(?:推进|加快)" + C + r"{2,40}、" + C + r"{2,40}等(?:建设)?项目(?=$|[，,；;。])"),
    # a quoted event hosted: 成功举办“…节暨…推介活动”, “…洽谈会”
    "host_quoted": re.compile(r"(?:成功举办|举办|承办|办好|举行|召开)(?:了)?(?:第[一二三四五六七八九十0-9]+届)?“[^”]{3,40}”"),
    # one named works pushed: 加快致真存储芯片项目建设, 积极推进潍宿高铁至青岛连接线工程 (a clause that is only the frame)
    "push_one": re.compile(r"(?:^|(?<=[，,；;。：:]))(?:[一二三四五六七八九十]是)?(?:继续|全面|全力|加快|加紧|深入|大力|扎实|着力|持续|积极|稳步)*"
                           r"(?:推进|推动|加快|实施|抓好|做好|建设)[^，,；;。：:、等和及与的]{3,24}(?:项目|工程)(?:建设)?(?:工作)?(?=$|[，,；;。])"),
    # the same, 项目 only (a company's or a place's project pushed): 加快致真存储芯片项目建设, 加快建设科瑞德原料药项目
    "push_xm": re.compile(r"(?:^|(?<=[，,；;。：:]))(?:[一二三四五六七八九十]是)?(?:继续|全面|全力|加快|加紧|深入|大力|扎实|着力|持续|积极|稳步)*"
                          r"(?:推进|推动|加快|实施|抓好|做好|建设|落实)(?:实施|建设)?[^，,；;。：:、等和及与的“”]{3,24}项目(?:建设)?(?:工作)?(?=$|[，,；;。])"),
    # fix 1's frame: a clause that is only [adverbs] push verb + one works (工程 or 项目) with no closing 建设, 实施…工程 and
    # quoted names left out (they are programs)
    "push_only": re.compile(r"(?:^|(?<=[，,；;。：:]))(?:[一二三四五六七八九十]是)?(?:继续|全力|加快|大力|积极|扎实|全面|有序|着力|持续|加紧|强力|稳步|深入)*"
                            r"(?:(?:推进|推动|加快|抓好|加紧|抓紧|建设)(?:推进|推动|实施|建设)?[^，,；;。：:、等和及与的“”]{3,30}?(?:工程|项目)|"
                            r"实施[^，,；;。：:、等和及与的“”]{3,30}?项目)(?=$|[，,；;。])"),
    # 以X项目投建为突破口
    "breakthrough": re.compile(r"以" + C + r"{2,30}(?:项目|工程)(?:投建|建设|落地)?为(?:突破口|契机|抓手|龙头)"),
}


def main():
    dump = sys.argv[1]
    fams = [sys.argv[2]] if len(sys.argv) > 2 and sys.argv[2] != "all" else list(FAM)
    show = "show" in sys.argv
    rows = [json.loads(line) for line in open(dump, encoding="utf-8")]
    for fam in fams:
        rx = FAM[fam]
        hits, unread = defaultdict(list), defaultdict(list)
        for d in rows:
            for m in rx.finditer(d["t"]):
                hits[d["r"]].append(m.group(0))
                if not any(p in m.group(0) for p in d["p"]):
                    unread[d["r"]].append((m.group(0), d["p"]))
        print(f"{fam}: {sum(map(len, hits.values()))} in {len(hits)} reports; unread {sum(map(len, unread.values()))} "
              f"in {len(unread)} reports")
        if show:
            for r, xs in sorted(unread.items()):
                for x, p in xs:
                    print("   ", r, "|", x, "|", "; ".join(p)[:80])


if __name__ == "__main__":
    main()
