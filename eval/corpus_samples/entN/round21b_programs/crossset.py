"""Round 21b (progEA): the program misses and inventions of `kg eval --explain` on dev13 … dev24 (and the official gold), by shape.

usage: python crossset.py EXPLAIN_DIR   (EXPLAIN_DIR/devN.txt = `kg eval eval/devN -g BUILD --explain` of the base copy)
Each miss / invention is looked up in its excerpt's text (quotes and brackets ignored) and put in the first shape that fits:
  glossary  — on a glossary line `N.“X”…：…` / `［N］X：…` or after a 名词解释 heading
  colonlist — an item of a list after a colon (not a glossary line)
  quoted    — the text writes it as a quoted core with no head after the quote (“五外联动”, “三单”, “三旧”改造)
  other     — anything else (not this round's shapes)
"""
from __future__ import annotations

import glob
import re
import sys
from collections import defaultdict

GLOSS_LINE = re.compile(r"^\s*(?:\d{1,2}[.．、]|［\d{1,2}］|\[\d{1,2}\])\s*[^：:。]{1,40}[：:]")


def plain(t: str) -> str:
    return re.sub(r"[“”‘’]", "", t)


def where(name: str, lines: list[str], gloss_from: int) -> str:
    for i, line in enumerate(lines):
        p = plain(line)
        if name not in p:
            continue
        if i >= gloss_from or GLOSS_LINE.match(line):
            return "glossary"
        if re.search(r"[：:][^。]*" + re.escape(name), p) and "、" in p:
            return "colonlist"
        core = re.escape(name[:2])
        if re.search(r"“[^”]{1,8}”", line) and re.search(r"“" + core, line):
            return "quoted"
        return "other"
    return "other"


def main() -> None:
    d = sys.argv[1]
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for f in sorted(glob.glob(f"{d}/dev*.txt")):
        s = f.rsplit("/", 1)[1][:-4]
        src = "/work/shared/gold/excerpts" if s == "dev" else f"eval/{s}"
        texts: dict[str, str] = {}
        for t in glob.glob(f"{src}/*.txt") + (["/work/shared/reports/shayibake_2024.txt"] if s == "dev" else []):
            texts[t.rsplit("/", 1)[1]] = open(t, encoding="utf-8").read()
        cur, inprog = None, False
        for line in open(f, encoding="utf-8"):
            m = re.match(r"== \S+ → (\S+)", line)
            if m:
                cur = m.group(1)
                continue
            if re.match(r"\s+programs:", line):
                inprog = True
                continue
            if re.match(r"\s+\w+:$", line):
                inprog = False
            m = re.match(r"\s+([-+]) (missed|invented): (.*)", line)
            if inprog and m and cur:
                text = texts.get(cur, "")
                lines = text.splitlines()
                g = next((i for i, x in enumerate(lines) if re.search(r"名词解释|名词注释", x)), len(lines))
                shape = where(m.group(3).strip(), lines, g)
                table[shape][s].append(("-" if m.group(2) == "missed" else "+") + m.group(3).strip())
    for shape in ("glossary", "colonlist", "quoted", "other"):
        sets = table[shape]
        miss = sum(1 for v in sets.values() for x in v if x[0] == "-")
        inv = sum(1 for v in sets.values() for x in v if x[0] == "+")
        print(f"## {shape}: {len(sets)} sets, {miss} misses / {inv} inventions")
        if shape != "other":
            for s, v in sorted(sets.items()):
                print(f"  {s}: {' '.join(v)}")


if __name__ == "__main__":
    main()
