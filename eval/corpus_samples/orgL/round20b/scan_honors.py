"""Round 20b orgCA: dev22's honour frames on the 200 reports (seed 2017) — what _analyse's honours give per sentence.

usage: PYTHONPATH=$PWD python scan_honors.py DUMP.organization.jsonl   (any dump2.py file: only its sentences are used)
Frames: 建成 + a graded title (built_title), 通过…评估验收/验收 (passed), a recipient with a street (street), a quoted brand
with a count (brand). Prints each occurrence with the honours found in its sentence (before the plan-part filter of
find_honors), then counts occurrences and reports, and those with no honour found.
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.api import _analyse

H = "\u4e00-\u9fff"
FRAMES = {
    "built_title": re.compile(rf"建成(?:了)?(?:[一二三四五六七八九十\d]+星级|国家级|省级|市级|全国|国家)[{H}“”]{{2,24}}?"
                              r"(?:基地|示范区|城市|示范县|示范市|生态市|生态区|示范镇|示范村)"),
    "passed": re.compile(rf"通过(?:了)?(?:国家级|省级|国家|全国|省)[{H}“”（）]{{2,30}}?(?:评估验收|验收|复审|复评|考核验收)"),
    "street": re.compile(rf"[{H}]{{2,6}}街道[{H}]{{2,8}}(?:社区|村)[^，。；]{{0,20}}(?:获评|被评为|荣获|入选|被命名为)"),
    "brand": re.compile(r"“[^”]{2,10}”(?:等)?[0-9一二三四五六七八九十]+(?:个|项|件)(?:品牌|产品)?(?:入选|获评|被评为|荣获)"),
}


def main():
    for fr, rx in FRAMES.items():
        seen, missed, n, nm = set(), set(), 0, 0
        out = defaultdict(list)
        for line in open(sys.argv[1], encoding="utf-8"):
            d = json.loads(line)
            t = d["t"]
            for m in rx.finditer(t):
                hons = [(h.honor, h.recipient) for h in _analyse(t)[1]]
                hit = [h for h in hons if h[0] and h[0] in t[m.start():m.end() + 20]]
                n += 1
                seen.add(d["r"])
                if not hit:
                    nm += 1
                    missed.add(d["r"])
                out[d["r"]].append(f"{'ok  ' if hit else 'MISS'} {t[max(0, m.start() - 20):m.end() + 10]} | {hons}")
        for r in sorted(out):
            for x in out[r]:
                print(fr, r, x)
        print(f"## {fr}: {n} occurrences in {len(seen)} reports; {nm} with no honour in {len(missed)} reports")


if __name__ == "__main__":
    main()
