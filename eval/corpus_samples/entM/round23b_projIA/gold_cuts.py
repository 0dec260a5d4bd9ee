"""Round 23b (projIA): how the golds cut a 、 list whose last item has a kind modifier between its name and the head
(寇河、中固河、王河防洪治理工程; 镇赉、通榆2座公铁立交桥): for every gold project name g and every list item X of the text
with g starting with X, print whether g keeps the last item's modifier (item + M + head) or the head only (item + head).

usage: python gold_cuts.py   (official gold and dev13 … dev26)
"""
import glob
import json
import re
from pathlib import Path

SETS = [("dev", "/work/shared/gold", "/work/shared/gold/excerpts")] + \
    [(f"dev{i}", f"eval/dev{i}", f"eval/dev{i}") for i in range(13, 27)]
HEADS = r"(?:工程|项目|立交桥|机场|公园|码头|污水处理厂|污水处理设施|园区|通道|铁路|水库|电站|基地|枢纽|景区|小镇|设施|灌区)"
RUN = re.compile(rf"((?:[\u4e00-\u9fff0-9]{{2,6}}[、和])+)([\u4e00-\u9fff0-9]{{2,6}}?)([\u4e00-\u9fff]{{2,6}}?)({HEADS})")


def names(gold_dir):
    out = set()
    for f in glob.glob(f"{gold_dir}/*.json"):
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception:
            continue
        out |= set(re.findall(r'"name": "([^"]*)"', json.dumps(d, ensure_ascii=False)))
    return out


for s, gd, td in SETS:
    gold = names(gd)
    texts = glob.glob(f"{td}/*.txt") + (["/work/shared/reports/shayibake_2024.txt"] if s == "dev" else [])
    for t in texts:
        text = Path(t).read_text(encoding="utf-8")
        for m in RUN.finditer(text):
            items = [x for x in re.split(r"[、和]", m.group(1)) if x]
            last, mod, head = m.group(2), m.group(3), m.group(4)
            if last + mod + head not in gold:
                continue
            for x in items:
                v = "mod" if x + mod + head in gold else "head" if x + head in gold else "bare" if x in gold else "-"
                print(s, Path(t).name, m.group(0), x, v, sep="\t")
