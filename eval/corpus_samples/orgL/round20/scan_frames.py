"""Round 20 orgBA: count organization frames on a dump.py organization dump (seed 2006, 200 reports).

usage: python scan_frames.py DUMP.jsonl [FRAME...]
For each frame (a name with an organization head, then a verb of coming into being / settling / reforming), prints every
occurrence with the names found in that sentence, marks the ones where the name is not found (MISS), then counts reports
with an occurrence and reports with a miss.
"""
import json
import re
import sys
from collections import defaultdict

H = "\u4e00-\u9fff"
NAME = rf"[{H}A-Za-z0-9（）]{{2,14}}?"
FRAMES = {
    # a company or bank named as subject of a coming-into-being / settling / reform verb
    "settle": re.compile(rf"(?P<n>{NAME}(?:集团|公司|银行|控股|交易所|研究院|大学|学院|创新中心))"
                         r"(?:正式|成功|顺利|相继|先后|已|已经|整体|全面|率先|在[^，。；]{1,4})?"
                         r"(?:揭牌|挂牌|成立|开业|营业|落户|入驻|混改|改制|组建|运营|开工|投产|上市)"),
    # round 20's fix: a company, bank or exchange opening a clause (after a lead word) and coming into being, opening,
    # settling or being reformed (冶金产业链集团揭牌, 交通银行落户我市, 燃气集团混改)
    "subject20": re.compile(rf"(?:^|(?<=[，。；：！？,;:]))(?:其中|同时|目前|此外|特别是)?(?P<n>[{H}A-Za-z0-9]{{2,10}}?(?:集团|公司|控股|银行|交易所))"
                            r"(?:正式|成功|顺利|整体|全面|已经|已|也|率先|相继|先后|完成)?"
                            r"(?:揭牌|挂牌(?!上市)|成立|开业|营业|组建|混改|改制|落户|入驻)"),
    # 组建/成立/新组建 X、Y和Z (items after the first)
    "formed_list": re.compile(rf"(?:组建|成立|新组建|组建了|成立了)(?:了)?(?P<n>[^，。；：]{{2,60}}?(?:集团|公司|银行|研究院|交易所|中心))(?=[，。；])"),
    # 继/在/以 X 之后/为重点
    "shared_head": re.compile(rf"(?P<n>(?:[{H}]{{2,4}}、){{1,8}}[{H}]{{2,4}}(?:和[{H}]{{2,4}})?(?:集团公司|集团|控股|公司))"),
}


def main():
    path = sys.argv[1]
    which = sys.argv[2:] or list(FRAMES)
    for fr in which:
        rx = FRAMES[fr]
        seen, missed = set(), set()
        n_occ = n_miss = 0
        out = defaultdict(list)
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            t = d["t"]
            for m in rx.finditer(t):
                name = m.group("n")
                # the found organization overlapping the tail of the name
                hit = [p for p in d["p"] if p and (p in name or name.endswith(p[-4:]))]
                seen.add(d["r"])
                n_occ += 1
                tag = "ok  " if hit else "MISS"
                if not hit:
                    missed.add(d["r"])
                    n_miss += 1
                out[d["r"]].append(f"{tag} {m.group(0)} | found={d['p']}")
        for r in sorted(out):
            for x in out[r]:
                print(fr, r, x)
        print(f"## {fr}: {n_occ} occurrences in {len(seen)} reports; {n_miss} unfound in {len(missed)} reports")


if __name__ == "__main__":
    main()
