"""Round 19 (projAB): count project trigger verbs and frames of dev18/dev19's projects cause 2 on a dump.py project dump.

usage: python scan.py DUMP.jsonl [VERB|FAMILY] [LIMIT]
Reuses round 18b's LEAD, ADV and GENERIC (imported from ../round18b/projV_scan.py, not copied). For each clause (split at
，,；;。：:) that is [lead] NAME [adverbs] VERB (one family per verb of the brief), or a frame family, prints the clause when
no project found in the sentence lies inside it, and counts clauses / reports, and unread clauses / reports, per verb.
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "round18b"))
from projV_scan import ADV, GENERIC, LEAD  # noqa: E402

VERBS = ["全面施工", "开始施工", "进场施工", "点火试车", "试车", "开业运营", "开业", "并网发电", "并网", "投入运营", "投入使用",
         "主体完工", "主体工程完工", "基本完成", "建成投用", "建成运营", "完工", "竣工", "焕然一新", "建成通车", "通车",
         "试运行", "投入试运行", "封顶", "建成投产", "投产", "竣工投产", "达产", "试生产", "投入生产", "营业", "运营", "建成"]
DONE = {v: re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?){ADV}(?:已|已经|相继|先后|成功|实现|顺利|全面|正式)*{v}$")
        for v in VERBS}
FRAMES = {
    "推进…工程建设": re.compile(rf"^{LEAD}(?:推进|加快|推动|抓好|加快推进|全力推进)(?P<name>[^，,；;。：:、]{{3,30}}?(?:工程|项目))建设$"),
    "实施…示范项目": re.compile(rf"^{LEAD}(?:实施|推进|建设|启动)(?P<name>[^，,；;。：:、]{{3,30}}?示范项目)$"),
    "…等N座/个…": re.compile(r"(?P<name>[^，,；;。：:]{3,60}?)等[0-9一二三四五六七八九十两]+(?:座|个|条|处)[^，,；;。：:]{0,12}(?:桥梁|项目|工程)"),
    "启动勘察设计": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?){ADV}(?:启动|开展|完成)(?:勘察设计|勘察|初步设计|施工图设计)$"),
    "设计…批复": re.compile(r"^(?P<name>[^，,；;。：:]{3,30}?)(?:初步设计|可研|工可|可行性研究报告)(?:方案|报告)?(?:获|通过|获得)[^，,；;。：:]{0,12}(?:批复|审查|批准)$"),
    # a time between the works and its completion verb (国家大剧院7月投入使用, 丝弦剧场下半年投入使用)
    "NAME+时间+完成": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,30}}?)(?:要|将|力争|确保)?(?:在)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?(?:底|末|份)?(?:前|以前)?|年内|年底前?|上半年|下半年|今年(?:底|内)?|明年(?:底)?|\d{{4}}年(?:底|内)?(?:前)?|汛期前|春节前){ADV}"
                              r"(?:建成投用|建成投运|建成运营|建成使用|投入使用|投入运营|投入运行|投用|投运|完工|竣工|建成|开放|对外开放|启用|通车|建成通车)$"),
    "list 加快建设": re.compile(rf"^{LEAD}(?P<name>[^，,；;。：:]{{3,40}}、[^，,；;。：:]{{2,40}}?){ADV}(?:加快建设|加紧建设|加快推进|建设进展顺利|进展顺利)$"),
}


def main():
    dump = sys.argv[1]
    want = sys.argv[2] if len(sys.argv) > 2 else None
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10 ** 9
    fams = {**DONE, **FRAMES}
    if want:
        fams = {want: fams[want]}
    stats = {f: [0, set(), 0, set()] for f in fams}
    shown = defaultdict(int)
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        for clause in re.split(r"[，,；;。：:]", t):
            c = clause.strip()
            for f, rx in fams.items():
                m = rx.match(c) if f in DONE or f != "…等N座/个…" else rx.search(c)
                if not m:
                    continue
                # the longest verb only (开业运营 not also 运营)
                if f in DONE and any(v != f and v.endswith(f) and DONE[v].match(c) for v in VERBS):
                    continue
                name = m.group("name")
                st = stats[f]
                st[0] += 1
                st[1].add(d["r"])
                hit = [p for p in found if p in c]
                if hit or GENERIC.search(name):
                    continue
                st[2] += 1
                st[3].add(d["r"])
                if shown[f] < limit:
                    shown[f] += 1
                    print(f, "|", d["r"], d["i"], "|", c, "|", name)
    for f in fams:
        c, r, u, ur = stats[f]
        print(f"== {f}: {c} clauses in {len(r)} reports; nothing found: {u} clauses in {len(ur)} reports")


if __name__ == "__main__":
    main()
