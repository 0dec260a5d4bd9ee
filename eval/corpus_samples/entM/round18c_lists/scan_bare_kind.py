"""Round 18c (projY): count bare items before a shared kind noun and works (石澧、常鲇航道整治; 106、107国道改建;
龙凤山、友谊…等大型灌区节水改造; A、B水库除险加固), a crude regex scan of a dump.py file (before any fix of this shape).

usage: python scan_bare_kind.py DUMP.jsonl
"""
import json
import re
import sys

KIND = r"航道|灌区|国道|省道|水库|水电站|电站|水厂|污水处理厂|机场|大桥|铁路|公路|高速公路|高速|河道|堤防|闸"
WORKS = r"续建配套与节水改造|节水改造|除险加固|改扩建|改造|改建|扩建|整治|加固|提升|升级|扩容|迁建|治理|建设"
PAT = re.compile(rf"((?:[\u4e00-\u9fff0-9]{{2,6}}、)+[\u4e00-\u9fff0-9]{{2,6}}?)(等)?(大型|中型|重点|小型)?({KIND})((?:[\u4e00-\u9fff]{{0,4}}?)(?:{WORKS})(?:工程)?)")
n = 0
reps = set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        n += 1
        reps.add(d["r"])
        print(d["r"], "|", m.group(0), "|", [p for p in d["p"] if p in d["t"][m.start() - 2:m.end() + 2]])
print(n, "matches in", len(reps), "reports")
