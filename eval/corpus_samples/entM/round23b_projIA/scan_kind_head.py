"""Round 23b (projIA): how many of the 200 hold the pattern of fix 1 — a 、/和 list of bare names (2 to 6 characters) whose
last item carries a kind word of `round23b_lists.KIND` between its name and a head written once (汀江、九龙江防洪工程,
巴林左旗、巴林右旗通用机场) — and in how many of them the dump leaves an item with the head only (汀江工程).

usage: python scan_kind_head.py DUMP.jsonl
"""
import json
import re
import sys

sys.path.insert(0, ".")
from kg.extract.entities.round23_lists import _bare  # noqa: E402
from kg.extract.entities.round23b_lists import KIND  # noqa: E402

HEAD = (r"工程|项目|机场|湿地公园|公园|码头|污水处理厂|污水处理设施|立交桥|枢纽|水电站|电站|水库|灌区|园区|景区|通道|铁路|"
        r"高速公路|大桥|港区|基地|小镇")
FRAME = re.compile(rf"((?:[\u4e00-\u9fff0-9]{{2,6}}[、和])+)([\u4e00-\u9fff0-9]{{2,6}}?)(?:[两二三四五六七八九十0-9]+[座个处条])?"
                   rf"((?:{KIND})+)({HEAD})")
seen, cut, strict = {}, set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in FRAME.finditer(d["t"]):
        items = [x for x in re.split(r"[、和]", m.group(1)) if x]
        if re.search(rf"(?:{KIND})$", items[-1]):
            continue
        seen.setdefault(d["r"], []).append(m.group(0))
        if len(items) >= 1 and _bare(items[-1], False) and _bare(m.group(2), False):
            strict.add(d["r"])  # the two items nearest the kind are bare names (round 23's item test)
        if any(items[-1] + m.group(4) == p for p in d["p"]):
            cut.add(d["r"])
for r, v in seen.items():
    print(r, "cut" if r in cut else "-", "bare" if r in strict else "-", " | ".join(v)[:160], sep="\t")
print(len(seen), "reports hold the loose frame;", len(strict), "with bare-name items (the pattern);", len(cut),
      "with an item given the head only")
