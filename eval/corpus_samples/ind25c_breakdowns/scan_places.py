"""Round 25c (indHA): figures of a dump (ind18/dump.py format) named only by a place or a level word written right
before them, after a figure of the same sentence named by a measure (其中州直8445万人次、塔城地区3500万人次).

    .venv/bin/python eval/corpus_samples/ind25c_breakdowns/scan_places.py DUMP.tsv
"""
import re
import sys

PLACE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:市|县|区|州|省|镇|乡|村|旗|盟|地区|城区|州直|市直|本级|农村|城镇|城市|全市|全省|"
                   r"国家级|省级|市级|县级|区级)$")
VERB = r"(?:达到|达|为|实现|完成|超过|突破|有|共|新增|增长|下降)?"


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    reports = {}
    for prev, row in zip(rows, rows[1:]):
        if len(row) < 5 or prev[0] != row[0] or prev[1] != row[1]:
            continue
        ind, window = row[3], row[4]
        before = window[:window.find("【")]
        if not PLACE.match(ind) or not re.search(re.escape(ind) + VERB + "$", before):
            continue
        if not re.search(r"(?:其中[：:，,]?|[、，,；;])" + re.escape(ind) + VERB + "$", before):
            continue
        if PLACE.match(prev[3]) or prev[3] == ind:
            continue
        reports.setdefault(row[0], []).append((prev[3], ind, window))
    print(f"{len(reports)} reports, {sum(map(len, reports.values()))} figures")
    for rep, hits in reports.items():
        for p, i, w in hits:
            print(f"{rep}\t{p}\t{i}\t{w}")


if __name__ == "__main__":
    main()
