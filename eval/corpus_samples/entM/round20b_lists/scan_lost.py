"""Round 20b (projCB): count list items lost beside found ones (the kind brief's "first or second item lost") on a dump.py file.

usage: PYTHONPATH=$PWD python scan_lost.py DUMP.jsonl [--lines]
In a clause A、B[、C…], when at least one item holds a found project and another item ends in a works head
(entity_heads.txt place/facility/works roles: 中心, 馆, 路, 大道, 高速, 高架 …) but no found name overlaps it, the item is lost.
Prints the clause, the lost items and the found names; counts reports. The first item is cut after a leading verb (jieba v).
"""
import json
import re
import sys

from kg.extract.entities.lexicon import _lexicon
from kg.extract.tokens import pos

EXTRA_HEAD = re.compile(r"(?:路|大道|大街|高速|高架|桥|隧道|铁路|轨道|线|楼|馆|场|站|库|堤|园|港|码头|厂|医院|学校|中心|基地|公园|广场)$")


def items_of(clause: str) -> list[str]:
    parts = clause.split("、")
    if len(parts) < 2:
        return []
    first = parts[0]
    words = pos(first)
    while len(words) > 1 and (words[0][1].startswith(("v", "d", "p", "c")) or words[0][0] in ("加快", "推进", "抓好", "完成")):
        first = first[len(words[0][0]):]
        words = words[1:]
    parts[0] = first
    last = parts[-1]
    m = re.search(r"等|[0-9一二三四五六七八九十两]+[个条座处所项家大]|建设|改造|开工|建成|竣工|投用|项目|工程|[和及]", last)
    if m and m.start() >= 2:
        parts[-1] = last[:m.start()]
    return parts


def main() -> None:
    lex = _lexicon()
    show = "--lines" in sys.argv
    reps, n = set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        if not d["p"]:
            continue
        for clause in re.split(r"[，。；：！？,;:]", d["t"]):
            its = items_of(clause)
            if not its:
                continue
            hit = [it for it in its if any(it and (it in p or p in it) for p in d["p"])]
            if not hit:
                continue
            lost = []
            for it in its:
                if it in hit or not 3 <= len(it) <= 16 or re.search(r"[等的和及与]", it):
                    continue
                if lex.heads.search(it) and EXTRA_HEAD.search(it):
                    lost.append(it)
            if lost:
                n += 1
                reps.add(d["r"])
                if show:
                    print(d["r"], "|", clause[:90], "| lost:", "、".join(lost), "| found:", "; ".join(p for p in d["p"] if p in clause or any(h in p for h in hit)))
    print(f"lists with a lost item: {n} clauses in {len(reps)} reports")


if __name__ == "__main__":
    main()
