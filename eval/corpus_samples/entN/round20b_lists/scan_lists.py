"""Round 20b progCA: count list shapes before a program head on a dump of round 15's dump.py (seed 2014, 200 reports).

usage: python scan_lists.py DUMP.jsonl [SHAPE] [--show]
For each shape, a regex on the sentence text; a hit is classified by what the extractor found over it:
  all   every item completed with the head (item+head found for each)
  last  only the last item (with the head) found, earlier items lost
  whole the whole coordination found as one name
  none  nothing over it
  other anything else
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

HAN = "\u4e00-\u9fff"
ITEM = rf"[{HAN}“”]{{2,14}}?"
SHAPES = {
    # A、B(、C)+campaign head: 攻坚战/保卫战/歼灭战/专项攻坚/攻坚行动
    "campaign": re.compile(rf"(?<![{HAN}“”])?(?P<items>(?:{ITEM}、)+{ITEM})(?P<head>攻坚战|保卫战|歼灭战|专项攻坚|攻坚行动)"),
    # A、B、C体制改革 (which part is shared?)
    "system_reform": re.compile(rf"(?P<items>(?:{ITEM}、)+{ITEM})(?P<head>体制改革)"),
    # A、B、C机制 (three-part mechanisms)
    "mechanism": re.compile(rf"(?P<items>(?:{ITEM}、)+{ITEM})(?P<head>机制|制度)"),
    # counted name + colon + items
    "counted_colon": re.compile(rf"(?P<head>[一二三四五六七八九十两]+[大项个](?:{ITEM})?(?:工程|行动|计划|战略|攻坚战|改革|机制))[：:](?P<items>[^。；]*)"),
}
CLAUSE_VERBS = re.compile(r"^(?:坚决打好|打好|打赢|全力打好|深入打好|开展|实施|推进|深入推进|深化|持续|坚决|全力|扎实|抓好|持续开展|深入开展|组织开展|强化|加快|做好)")


def classify(items: list[str], head: str, found: set[str]) -> str:
    done = [(i + head) in found or re.sub("[“”]", "", i + head) in found for i in items]
    whole = re.sub("[“”]", "", "、".join(items) + head)
    if whole in found:
        return "whole"
    if all(done):
        return "all"
    if done[-1] and not any(done[:-1]):
        return "last"
    if not any(done):
        return "none"
    return "other"


def main() -> None:
    dump = sys.argv[1]
    want = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else None
    show = "--show" in sys.argv
    reports: dict[str, dict[str, set[str]]] = {k: defaultdict(set) for k in SHAPES}
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        found = set(d["p"])
        for name, rx in SHAPES.items():
            if want and name != want:
                continue
            for m in rx.finditer(d["t"]):
                items = m.group("items")
                if name == "counted_colon":
                    cls = "n/a"
                    parts = [p for p in re.split("、", items) if p]
                    got = sum(1 for p in parts if re.sub("[“”]", "", p) in found)
                    cls = "count_found" if re.sub("[“”]", "", m.group("head")) in found else "count_lost"
                    cls += f"/items {got}/{len(parts)}"
                else:
                    parts = items.split("、")
                    parts[0] = CLAUSE_VERBS.sub("", parts[0])
                    cls = classify(parts, m.group("head"), found)
                reports[name][cls.split("/")[0] if name == "counted_colon" else cls].add(d["r"])
                if show:
                    print(f"{name}\t{cls}\t{d['r']}\t{m.group(0)}\t{' | '.join(sorted(found))}")
    for name, by in reports.items():
        if want and name != want:
            continue
        allr = set().union(*by.values()) if by else set()
        print(f"## {name}: {len(allr)} reports;", ", ".join(f"{k} {len(v)}" for k, v in sorted(by.items())))


if __name__ == "__main__":
    main()
