"""Round 22 (progFB): how the golds (official + dev2 … dev24, not dev12/heldout*) treat items before `等<head>`.

usage: python gold_etc.py   (prints each `…等<head>` stretch of a gold text with the programs the gold lists from it)
Single item (no 、/和 between the clause start and 等) vs list; head 改革/工程/行动/计划/试点/制度/机制.
"""
import json
import re
from pathlib import Path

SETS = [Path("/work/shared/gold")] + [Path(f"eval/dev{i}") for i in range(2, 25) if i != 12]
HEADS = "改革|工程|行动|专项行动|计划|试点|制度|机制|活动|战略"
ETC = re.compile(rf"(?P<pre>[^，。；：！？\n]{{0,60}}?)等(?P<mid>[^，。；、\n等]{{0,6}}?)(?P<head>{HEADS})")


def texts(d):
    for g in sorted(d.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        if "programs" not in gold:
            continue  # dev2 … dev12 older sets: no programs annotated
        rep = gold["report"]
        p = d / "excerpts" / rep if (d / "excerpts" / rep).exists() else d / rep
        if not p.exists():
            p = Path("/work/shared/reports") / rep
        if p.exists():
            yield d.name, rep, p.read_text(encoding="utf-8"), gold["programs"]


for s, rep, text, progs in [t for d in SETS for t in texts(d)]:
    for m in ETC.finditer(text):
        pre = m.group("pre")
        kind = "list" if re.search(r"[、和及与]", pre) else "single"
        listed = [p for p in progs if p.endswith(m.group("head")) and p[:2] in pre or (len(p) >= 4 and p[:4] in pre)]
        print(f"{s}\t{rep}\t{kind}\t{m.group('mid')}{m.group('head')}\t{pre}等{m.group('mid')}{m.group('head')}\t{' | '.join(listed)}")
