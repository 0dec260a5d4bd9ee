"""Round 24b (progKA): how the golds cut four boundary shapes of dev27's program cause list, over the texts of every program
set (official gold, dev2, dev3, dev5/7/9/11, dev13 … dev27; never heldout*). For each occurrence of the shape in a set's text, which gold
program names overlap it (quotes ignored) — so 'kept' vs 'cut' can be counted by hand.

usage: python gold_shapes.py SHAPE > out.tsv    SHAPE in: round (新一轮 X), qpilot (“X”试点), build (X建设), qual (qualifier + “X”)
"""
import json
import re
import sys
from pathlib import Path

SETS = ["dev", "dev2", "dev3", "dev5", "dev7", "dev9", "dev11"] + [f"dev{i}" for i in range(13, 28)]
SHAPES = {
    "round": re.compile(r"新一轮[^，。；、“”]{2,20}?(?:行动|工程|改革|计划|战略|试点|建设|攻坚)"),
    "qpilot": re.compile(r"“[^“”]{2,20}”(?:改革)?试点"),
    "build": re.compile(r"“[^“”]{2,20}”建设|(?:推进|加快|深化|打造|全面)(?:健康|平安|法治|数字|美丽|智慧|信用|诚信|幸福|文明|清廉|生态|和谐)[\u4e00-\u9fff]{2,3}建设"),
    "qual": re.compile(r"(?:省级|国家级|市级|国家|省|重大专项|新一轮|首批|第[一二三四五六七八九十]批)“[^“”]{2,20}”[\u4e00-\u9fff]{0,4}"),
}


def pairs(s):
    if s == "dev":
        g = Path("/work/shared/gold")
        out = [(Path("/work/shared/reports/shayibake_2024.txt"), g / "shayibake_2024.gold.json")]
        out += [(t, g / (t.stem + ".gold.json")) for t in sorted((g / "excerpts").glob("*.txt"))]
        return out
    return [(t, t.with_name(t.stem + ".gold.json")) for t in sorted(Path(f"eval/{s}").glob("*.txt"))]


def norm(x):
    return re.sub(r"[“”‘’]", "", x)


rx = SHAPES[sys.argv[1]]
for s in SETS:
    for t, g in pairs(s):
        if not g.exists():
            continue
        gold = [norm(p if isinstance(p, str) else p["name"]) for p in json.load(open(g, encoding="utf-8")).get("programs", [])]
        text = t.read_text(encoding="utf-8")
        for m in rx.finditer(text):
            span = norm(m.group())
            hits = sorted({n for n in gold if len(n) >= 2 and (n in span or span in n or
                                                           any(n[i:i + 4] in span for i in range(max(1, len(n) - 3))))})
            print(f"{s}\t{t.stem}\t{m.group()}\t{' | '.join(hits) or '-'}\t{text[max(0, m.start() - 12):m.end() + 6]!r}")
