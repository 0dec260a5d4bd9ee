"""Round 24 orgHA: how the golds treat a named body right before a state-company reform word (X改制, X战略重组, X公司制改制,
X破产, X股权…): for every gold file that annotates organizations (official gold, dev2–dev4, dev6, dev8, dev10, dev13–dev26),
each occurrence of the frame in its text, and whether the gold lists the name (or a name ending the span) as an organization.

usage: python gold_reform.py > gold_reform.tsv   (columns: set, file, listed y/n, gold names found in span, window)
"""
import glob
import json
import re
from pathlib import Path

FRAME = re.compile(r"([\u4e00-\u9fff（）]{2,20}?)((?:实现|完成|进行)?(?:战略性?|资产|股份制|公司制|混合所有制|整体)?"
                   r"(?:重组|改制|破产|整合|混改|上划|划转|国有股权|股权|改革))")
sets = ["dev", "dev2", "dev3", "dev4", "dev6", "dev8", "dev10"] + [f"dev{i}" for i in range(13, 27)]
for s in sets:
    golds = glob.glob("/work/shared/gold/*.json") if s == "dev" else glob.glob(f"eval/{s}/*.gold.json")
    for g in sorted(golds):
        d = json.load(open(g, encoding="utf-8"))
        orgs = d.get("organizations")
        if orgs is None:
            continue
        name = d.get("report") or Path(g).name.replace(".gold.json", ".txt")
        txt = None
        for cand in (Path(g).parent / name, Path("/work/shared/gold/excerpts") / name, Path("/work/shared/reports") / name):
            if cand.exists():
                txt = cand.read_text(encoding="utf-8")
                break
        if txt is None:
            continue
        for m in FRAME.finditer(txt):
            span = m.group(1)
            if not re.search(r"(?:公司|集团|厂|股份|银行|饭店|酒店|宾馆|市场|联社|信用社|农信社|控股|机床|民爆)$", span):
                continue
            hit = [o for o in orgs if o in span or span.endswith(o)]
            w = txt[max(0, m.start() - 25):m.end() + 10].replace("\n", " ")
            print(f"{s}\t{name}\t{'y' if hit else 'n'}\t{'|'.join(hit)}\t{w}")
