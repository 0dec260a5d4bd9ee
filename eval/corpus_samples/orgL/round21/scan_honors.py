"""Round 21 orgDA: dev23's honour frames counted on the 200 reports (seed 2107), each hit with the honours found there.

usage: python eval/corpus_samples/orgL/round21/scan_honors.py ORG_DUMP.jsonl HON_DUMP.jsonl
ORG_DUMP: ../../entN/round15/dump.py output (every sentence); HON_DUMP: ../../honW/hdump.py output (honours by sentence).
"""
from __future__ import annotations

import json
import re
import sys

LEVEL = r"(?:国家级|省级|市级|国家|全国|中国|省|自治区|市)"
FRAMES = {
    # 被评为省级特色小镇和宜居小镇: a second title with no level of its own (the first's level shared)
    "coord_elliptic": re.compile(rf"(?:评为|命名为|确定为|认定为|获评|列为)(?:了)?“?{LEVEL}[^，。；、和及]{{2,14}}(?:、|和|及)"
                                 rf"(?!{LEVEL}|首批|第)[^，。；、和及]{{2,10}}(?:城市|县城|小镇|示范区|先进单位|示范县|示范市|强县|强镇|名镇|名村|基地|企业|园区)"),
    # 国家级和省级特色农产品优势区: two levels before one title
    "level_pair": re.compile(rf"(?:评为|命名为|确定为|认定为|获评|列为)(?:了)?“?{LEVEL}(?:和|及|、|与){LEVEL}[^，。；]{{2,20}}"),
    # 兰陵、沂水被确定为省中等城市试点
    "confirmed_pilot": re.compile(r"被确定为[^，。；]{2,30}试点"),
    # 靖州飞山成功创建4A景区 (no 级)
    "scenic_no_ji": re.compile(r"创建(?:成|为)?(?:国家)?[1-5]A(?:旅游)?景区"),
    # 环保总局授予我市国家环境保护模范城市称号: the title before 称号 after 授予 + recipient
    "grant_title": re.compile(r"授予[^，。；]{2,30}称号"),
    # 晋级中国化工园区20强: a rank
    "rank": re.compile(r"(?:晋级|进入|跻身|入围|位列)[^，。；]{2,20}[0-9百十]+强"),
    # 获得自治区“红榜”通报表扬: praise
    "praise": re.compile(r"通报表扬|通报表彰"),
}


def main() -> None:
    honors = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        d = json.loads(line)
        honors[(d["r"], d["i"])] = d["h"]
    hits = {k: [] for k in FRAMES}
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for k, rx in FRAMES.items():
            for m in rx.finditer(d["t"]):
                hits[k].append((d["r"], m.group(0), honors.get((d["r"], d["i"]), [])))
    for k, hs in hits.items():
        print(f"== {k}: {len(hs)} occurrences in {len({h[0] for h in hs})} reports; "
              f"sentence with no honour found: {sum(1 for h in hs if not h[2])} in {len({h[0] for h in hs if not h[2]})} reports")
        for r, s, h in hs:
            print(f"  {r}\t{s}\t{h}")


if __name__ == "__main__":
    main()
