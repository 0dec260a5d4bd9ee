"""Round 24 honHA: honour whole misses (a gold title with no prediction of that title in the file) and whole inventions of
collect_explain.py's output, each with the frame (trigger) read from the text before the title.

usage: python eval/corpus_samples/honW/round24/whole_misses.py EXPLAIN.tsv > OUT.tsv
Columns: set, file, kind (whole-miss / recipient-miss / whole-invention / recipient-invention), frame, title → recipient, text.
"""
import re
import sys

FRAMES = [("获评/荣获/被评为…", r"荣获|获评|被评为|评为|获得|摘得|荣膺|喜获|夺得|捧得"),
          ("获批", r"获批|批准为|批准设立"), ("命名为/认定为/确定为/列为", r"命名为|认定为|确定为|列为|授予"),
          ("列入/纳入", r"列入|纳入|入列"), ("入选/入围/上榜", r"入选|入围|上榜|跻身|进入"),
          ("成为", r"成为"), ("创成/成功创建", r"创成|创建|建成"), ("通过…验收/挂牌", r"通过|挂牌")]
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
for s, f, what in rows:
    m = re.match(r"([-+]) (missed|invented): (.*?) → (.*)$", what)
    if not m:
        continue
    sign, kind, title, rec = m.groups()
    other = "invented" if kind == "missed" else "missed"
    same = any(r[0] == s and r[1] == f and re.match(rf"[-+] {other}: (.*?) → ", r[2])
               and (lambda t: t == title or t in title or title in t)(re.match(rf"[-+] {other}: (.*?) → ", r[2]).group(1))
               for r in rows)
    label = ("recipient-" if same else "whole-") + ("miss" if kind == "missed" else "invention")
    txt = ("/work/shared/gold/excerpts/" if s == "dev" else f"eval/{s}/") + f.replace(".gold.json", ".txt")
    try:
        text = re.sub(r"[“”\s]", "", open(txt, encoding="utf-8").read())
    except OSError:
        text = ""
    key = re.sub(r"[“”\s]", "", title)
    i = text.find(key)
    if i < 0:
        i = text.find(key[-6:])
    before = text[max(0, i - 40):i] if i >= 0 else ""
    frame = "?"
    best = -1
    for name, pat in FRAMES:
        for t in re.finditer(pat, before):
            if t.start() > best:
                best, frame = t.start(), name
    ctx = text[max(0, i - 40):i + len(key) + 10] if i >= 0 else ""
    print(f"{s}\t{f.replace('_excerpt.gold.json', '')}\t{label}\t{frame}\t{title} → {rec}\t{ctx}")
