"""Round 20b (projCB): count the shape `A、B、C[等]N条/座/个 + kind noun` (a counted list of named places) on a dump.py file.

usage: python scan_counted.py DUMP.jsonl [--lines]
A run of 2+ items separated by 、, each ending in a place or facility noun (路, 大道, 桥, 公园, 变电站 …), then an optional 等,
a count (4条, 7个, 三座), an optional qualifier (220千伏) and a kind noun (道路, 桥梁, 变电站 …). Prints per match whether the
extractor found each item (bare or completed) and counts reports.
"""
import json
import re
import sys

PLACE = (r"路|大道|大街|街|巷|桥|大桥|立交|隧道|公园|广场|河|湖|渠|水库|变电站|水厂|污水处理厂|中心|医院|学校|场馆|馆|站|码头|"
         r"小区|园|基地|港|机场|高速|铁路|线")
COUNT = r"[0-9一二三四五六七八九十两几]+[条座个处所家项]"
RUN = re.compile(rf"((?:[\u4e00-\u9fffA-Za-z0-9]{{2,14}}(?:{PLACE})、)+[\u4e00-\u9fffA-Za-z0-9]{{2,14}}(?:{PLACE}))(等)?({COUNT})"
                 r"([\u4e00-\u9fffA-Za-z0-9]{0,8}?)(道路|桥梁|公园|变电站|水厂|学校|医院|项目|工程|场馆|码头|小区|广场|站|路|桥|隧道|河道|水库)")


def main() -> None:
    path = sys.argv[1]
    show = "--lines" in sys.argv
    reps, n = set(), 0
    miss_reps = set()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for m in RUN.finditer(d["t"]):
            items = m.group(1).split("、")
            found = d["p"]
            lost = [it for it in items if not any(it in p for p in found)]
            n += 1
            reps.add(d["r"])
            if lost:
                miss_reps.add(d["r"])
            if show:
                print(d["r"], "|", m.group(0), "| lost:", "、".join(lost), "| found:", "; ".join(p for p in found if any(it[-6:] in p for it in items)))
    print(f"counted lists: {n} cases in {len(reps)} reports; with an item not found: {len(miss_reps)} reports")


if __name__ == "__main__":
    main()
