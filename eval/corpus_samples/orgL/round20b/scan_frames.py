"""Round 20b orgCA: count dev22's organization / honour frames on a dump2.py dump (seed 2017, 200 reports).

usage: python scan_frames.py DUMP.{organization,honor}.jsonl [FRAME...]
Prints each occurrence (ok = a found name of the dump's kind overlaps the frame's name, MISS otherwise), then counts
reports with an occurrence and reports with a miss. The `inside_*` frames print found names followed by a project tail
(a possible invention: the name is part of a work's name).
"""
import json
import re
import sys
from collections import defaultdict

H = "\u4e00-\u9fff"
NAME = rf"[{H}A-Za-z0-9（）]{{2,16}}?"
FRAMES = {
    # 在X设立分行/分公司/分支机构, X设立分行
    "branch": re.compile(rf"(?P<n>{NAME}(?:银行|公司|集团|证券|保险))?(?:[^，。；]{{0,12}})?设立(?:了)?(?:[{H}]{{0,6}})?(?:分行|分公司|支行|子公司|分支机构|区域总部|总部)"),
    # 在X(交易中心|交易所)挂牌 — a venue
    "venue": re.compile(rf"在(?P<n>{NAME}(?:交易中心|交易所|板|市场))(?:[{H}]{{0,4}})?挂牌"),
    # X(实验室|创新中心|研究中心|技术中心) then 建成/建设/获批/揭牌/落户/挂牌/投入使用
    "lab": re.compile(rf"(?P<n>{NAME}(?:实验室|创新中心|研究中心|技术中心|工程中心))"
                      r"(?:[^，。；]{0,4})?(?:建成|建设|获批|揭牌|挂牌|落户|投入使用|投用|组建|成立|通过)"),
    # 推进/加快/建设/建成 X实验室/创新中心 (the event before)
    "lab_before": re.compile(rf"(?:推进|加快|建设|建成|组建|获批|创建|新建|筹建)(?:了)?(?P<n>{NAME}(?:实验室|创新中心|研究中心|技术中心|工程中心))"),
}
HON = {
    # 建成 + graded title
    "built_title": re.compile(rf"建成(?:了)?(?P<n>(?:[一二三四五六七八九十\d]+星级|国家级|省级|市级|全国|国家)[{H}“”]{{2,24}}?(?:基地|示范区|园区|示范县|示范市|示范镇|示范村|县|市|区|镇|村))"),
    # 通过…评估验收/验收
    "passed": re.compile(rf"通过(?:了)?(?P<n>[{H}“”（）]{{2,30}}?)(?:评估验收|验收|评估|复审|复评|考核|认定|达标)"),
    # recipient with a street: X街道Y社区 ... 获/被评为/入选
    "street": re.compile(rf"(?P<n>[{H}]{{2,6}}街道[{H}]{{2,8}}(?:社区|村))[^，。；]{{0,20}}(?:获评|被评为|获得|荣获|入选|被命名为|获)"),
    # quoted brand with a count as recipient
    "brand": re.compile(rf"“(?P<n>[^”]{{2,10}})”(?:等)?[\d一二三四五六七八九十]+(?:个|项|件)(?:品牌|产品)?(?:入选|获评|被评为|荣获)"),
}


def main():
    path = sys.argv[1]
    frames = {**FRAMES, **HON}
    which = sys.argv[2:] or list(frames)
    for fr in which:
        rx = frames[fr]
        seen, missed = set(), set()
        n_occ = n_miss = 0
        out = defaultdict(list)
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            t = d["t"]
            for m in rx.finditer(t):
                name = m.group("n") or m.group(0)
                hit = [p for p in d["p"] if p and (p in m.group(0) or name.endswith(p[-4:]))]
                seen.add(d["r"])
                n_occ += 1
                tag = "ok  " if hit else "MISS"
                if not hit:
                    missed.add(d["r"])
                    n_miss += 1
                lo = max(0, m.start() - 20)
                out[d["r"]].append(f"{tag} {t[lo:m.end() + 10]} | found={d['p']}")
        for r in sorted(out):
            for x in out[r]:
                print(fr, r, x)
        print(f"## {fr}: {n_occ} occurrences in {len(seen)} reports; {n_miss} unfound in {len(missed)} reports")


if __name__ == "__main__":
    main()
