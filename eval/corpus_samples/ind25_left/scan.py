"""Round 25 (indEA): how many of the 200 reports (seed 2502) have the pattern — a count written right after its
noun, whose name (as the extractor gave it before the fix) holds a governing verb after who/where/how and before
the object (既有住宅增设电梯186台, 市区改造老旧小区40个).

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_left/scan.py BEFORE_DUMP.tsv

BEFORE_DUMP.tsv: `../ind24/dump.py OUT 2502` run on the clean base copy (report, sentence, offset, indicator, window).
"""
import re
import sys

from kg.extract.round25_indEA import object_of_inner_verb

COUNT = re.compile(r"^[\d.]+[万亿]?(?:多|余)?(?:件|项|处|个|家|条|套|座|所|户|宗|起|台|部|辆|名|人|枚|场|批|支|人次)$")
figures, reports = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    report, _s, _o, name, window = line.rstrip("\n").split("\t")
    m = re.search("(.*)【([^】]*)】", window)
    if not name or not m or not COUNT.match(m.group(2)) or not m.group(1).endswith(name):
        continue
    if object_of_inner_verb(name) != name:
        figures += 1
        reports.add(report)
        print(f"{report}\t{name}\t{object_of_inner_verb(name)}")
print(f"{figures} figures in {len(reports)} of 200 reports", file=sys.stderr)
