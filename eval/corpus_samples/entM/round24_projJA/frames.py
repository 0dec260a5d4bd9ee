"""Round 24 (projJA): group project whole misses (round 22b's whole_misses.py output) and inventions (a cross_explain
table) by the frame around the name: the predicate right after it, the verb right before it, or its subject position.

usage: python frames.py WHOLE.tsv CROSS.tsv > frames.txt
WHOLE.tsv: set, file, name, L?, window (whole_misses.py's stdout); CROSS.tsv: round 21b's cross_explain.py table.
Prints, per frame, the sets, the number of whole misses and of inventions in that frame, and each row.
"""
import re
import sys
from collections import defaultdict

AFTER = [  # predicate after the name (within the clause), first match wins
    ("A-open", r"^(?:[^，,；;。]{0,6}?)(?:正式|顺利|建成|震撼|盛大|全线)?(?:开通|开馆|开园|开业|开街|开港|开航|通航|首航|开学|开诊|开放)"),
    ("A-start", r"^(?:[^，,；;。]{0,6}?)(?:开工|动工|启动|奠基)"),
    ("A-done", r"^(?:[^，,；;。]{0,6}?)(?:完工|竣工|建成|投用|投运|投入使用|投入运营|投产|落成|主体完工|完成主体|封顶|通车|贯通|合龙)"),
    ("A-water", r"^(?:[^，,；;。]{0,6}?)(?:蓄水|通水|发电|并网|试运行|供水|供气|供热)"),
    ("A-settle", r"^(?:[^，,；;。]{0,4}?)(?:落户|落地|签约|入驻|开建|选址)"),
    ("A-move", r"^(?:[^，,；;。]{0,6}?)(?:完成|实现)?(?:搬迁|迁建|迁址|整体搬迁|改造|整治|提升|修缮)"),
    ("A-status", r"^(?:[^，,；;。]{0,6}?)(?:获批|批复|立项|入选|获评|荣获|通过|列入|纳入|获得)"),
    ("A-push", r"^(?:[^，,；;。]{0,4}?)(?:加快|有序|稳步|全面|顺利)?(?:推进|建设|实施)"),
]
BEFORE = [  # verb right before the name
    ("B-host", r"(?:办好|举办|承办|主办|成功举办|筹办|开展|举行|办成)$"),
    ("B-use", r"(?:新?投用|新?建成|新?开通|开工建设|开工|新开工|启动建设|启动|竣工|完成|实施|开发|打造|引进|引进了|落地|新上|规划建设|谋划|争取|储备|建设|新建|改造|扩建|加快|推进|推动|加快推进|加快建设|推进建设)[^，,；;。、]{0,2}$"),
]
LIST = re.compile(r"[、]|等\d*[个座处项条家所]")


def frame(name: str, window: str) -> str:
    at = window.find(name)
    if at < 0:
        at = window.find(name[:4])
        end = at + len(name) if at >= 0 else -1
    else:
        end = at + len(name)
    if at < 0:
        return "?-nowindow"
    after, before = window[end:end + 14], window[max(0, at - 8):at]
    lst = "L" if LIST.search(window[max(0, at - 12):end + 12]) else ""
    for tag, rx in AFTER:
        if re.search(rx, after):
            return tag + lst
    for tag, rx in BEFORE:
        if re.search(rx, before):
            m = re.search(rx, before)
            return tag + ":" + re.sub(r"[^\u4e00-\u9fff]", "", m.group(0))[:4] + lst
    return "Z-other" + lst


def main() -> None:
    groups = defaultdict(lambda: {"m": [], "i": []})
    for line in open(sys.argv[1], encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if len(r) < 5:
            continue
        groups[frame(r[2], r[4])]["m"].append(r)
    for line in open(sys.argv[2], encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if len(r) < 6 or r[2] != "i":
            continue
        groups[frame(r[3], r[5])]["i"].append([r[0], r[1], r[3], r[4], r[5]])
    for tag in sorted(groups, key=lambda t: -len({r[0] for r in groups[t]["m"]})):
        g = groups[tag]
        sets = sorted({r[0] for r in g["m"]})
        print(f"== {tag}: misses {len(g['m'])} in {len(sets)} sets {' '.join(sets)}; inventions {len(g['i'])} "
              f"in {len({r[0] for r in g['i']})} sets")
        for r in g["m"]:
            print(f"  m {r[0]}\t{r[1]}\t{r[2]}\t| {r[4][:110]}")
        for r in g["i"]:
            print(f"  i {r[0]}\t{r[1]}\t{r[2]}\t| {r[4][:110]}")


if __name__ == "__main__":
    main()
