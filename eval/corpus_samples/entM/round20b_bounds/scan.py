"""Round 20b projCA: count the boundary shapes of dev22's cause 2 on a dump.py project dump (seed 2011).

usage: python scan.py DUMP.jsonl [-v]
Counts found project names per shape, and the reports (of the 200) they occur in; -v lists them.
"""
import collections
import json
import re
import sys

SHAPES = {
    "S1 work/product word + 项目": re.compile(r"(?:生产|制造|扩能|加工|深加工|精深加工|技改|冶炼|研发|产业化|综合利用|利用|回收|开发|养殖|种植|"
                                      r"生产线|智能制造|扩产|增资扩产)项目$"),
    "S1b any name ending 项目": re.compile(r"项目$"),
    "S2 bracketed section （…段）": re.compile(r"（[^（）]{1,12}段）"),
    "S2b bracketed latin alias （ABC）": re.compile(r"（[A-Za-z0-9]{2,8}）"),
    "S2c any bracket": re.compile(r"（[^（）]+）"),
    "S3 主体工程 at end": re.compile(r"主体工程$"),
    "S4 verb in front": re.compile(r"^(?:动工建设|开工建设|加快建设|推进建设|建设|开工|动工|接棒|承办|举办|启动|实施|推进|加快|完成|建成)"),
    "S5 项目[一二三]期": re.compile(r"项目[一二三四首]期(?:工程)?$"),
    "S6 区项目": re.compile(r"区项目$"),
}


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    verbose = "-v" in sys.argv
    reports = {r["r"] for r in rows}
    for label, rx in SHAPES.items():
        hits = [(r["r"], n) for r in rows for n in r["p"] if rx.search(n)]
        reps = {h[0] for h in hits}
        print(f"{label}: {len(hits)} names in {len(reps)} of {len(reports)} reports")
        if verbose:
            for rep, n in hits:
                print("   ", rep, n)
    if verbose:  # the word before 项目 in names ending 项目 (jieba's last word)
        import jieba
        c = collections.Counter()
        for r in rows:
            for n in r["p"]:
                if n.endswith("项目") and len(n) > 4:
                    c[list(jieba.cut(n[:-2]))[-1]] += 1
        print("last word before 项目:", c.most_common(60))


if __name__ == "__main__":
    main()
