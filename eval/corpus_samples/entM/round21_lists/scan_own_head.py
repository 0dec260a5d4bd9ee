"""Round 21 (projDB): list items that end in a head of their own but are completed with another item's head
(扩建胡惠元堤路、洪都大道 -> 胡惠元堤路大道; 公滨路、延兴路、化工路、松浦大道全线贯通 -> 公滨路大道; 胜利路东段、…、大连湾疏港高速公路
-> 胜利路东段高速公路; 完成太平桥、太平溪、迎丰公园停车场建设 -> 太平溪公园).

usage: PYTHONPATH=. python scan_own_head.py DUMP.jsonl
For each found project the sentence does not write whole, the item it was built from (the longest prefix of the name written
in the sentence and followed there by 、/和/及/与/等) and what was added; a case when the item already ends in a place or
facility head of entity_heads.txt (or a road/section word) — the added head is a second head.
"""
from __future__ import annotations

import json
import re
import sys

from kg.extract.entities.lexicon import _lexicon

OWN_END = re.compile(r"(?:路|街|道|桥|站|段|线|渠|闸|港|码头|隧道|广场|公园|水库|医院|学校|中学|小学|大学|中心|馆|园|场|厂|楼|城)$")


def main() -> None:
    lex = _lexicon()
    reps: set[str] = set()
    n = 0
    for raw in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(raw)
        t = d["t"].replace(" ", "")
        for name in d["p"]:
            name = name.replace(" ", "")
            if name in t:
                continue
            item = None
            for k in range(len(name) - 1, 1, -1):
                if re.search(re.escape(name[:k]) + r"(?=[、和及与等])", t):
                    item = name[:k]
                    break
            if not item:
                continue
            added = name[len(item):]
            own = lex.head_at_end.search(item)
            own = own.group(0) if own and lex.head_role.get(own.group(0)) in ("place", "facility") else None
            if not own and OWN_END.search(item):
                own = OWN_END.search(item).group(0)
            if not own or added.startswith(("一期", "二期", "三期", "项目", "工程", "改造", "建设", "扩建", "改扩建", "提升")):
                continue
            print(f"{d['r']}\t{name}\titem={item}\town={own}\tadded={added}\t{t[max(0, t.find(item) - 20):t.find(item) + 60]}")
            reps.add(d["r"])
            n += 1
    print(f"# {n} names in {len(reps)} reports")


if __name__ == "__main__":
    main()
