"""Round 20 (progBB): count the program-edge and list shapes of the dev21 work list on the 200 reports of seed 2004.

usage: python scan_shapes.py DUMP.jsonl [SHAPE]   (DUMP from round15/dump.py 2004 200; prints per shape: reports, sentences,
and for each hit the programs found in its sentence, so a wrong edge can be told from a right one)
The regexes look at the sentence text only (independent of the extractor); the found names are printed beside them.
"""
import json
import re
import sys
from collections import defaultdict

H = "\u4e00-\u9fff"
SHAPES = {
    # a headless quoted name before 试点 / 改革试点 (“营改增”试点)
    "quote_pilot": re.compile(rf"“[^“”]{{2,12}}”(?:改革)?试点"),
    # a headless quoted name before 建设 (“智慧旅游”建设)
    "quote_build": re.compile(rf"“[^“”]{{2,12}}”建设"),
    # ordinals before a program head (第二期…计划, 第二轮…, 新一轮…)
    "ordinal": re.compile(rf"(?:第[一二三四五六七八九十]+[期轮批]|新一轮)[{H}]{{2,16}}?(?:计划|工程|行动|改革|试点|战略)"),
    # levels or places of the reporting government before a reform (市、区两级…改革, 各区…改革, 市县两级…)
    "level": re.compile(rf"(?:[市省县区][、县区乡镇]{{1,3}}(?:两级|三级|四级)|各[区县市]|[市县区]、[区县镇乡])[{H}]{{2,16}}?(?:改革|试点)"),
    # a quoted name, then a program head word after a verb-less qualifier: “X”专项攻坚 / 专项行动 / 攻坚
    "quote_campaign": re.compile(rf"“[^“”]{{2,14}}”(?:专项攻坚|专项行动|攻坚行动|专项整治)"),
    # A、B和C等专项行动 / 等…行动 lists of campaigns
    "etc_campaigns": re.compile(rf"[{H}]{{2,12}}、[{H}、]{{2,30}}?和?[{H}]{{2,12}}等(?:专项行动|攻坚行动|行动|专项整治)"),
    # X“一号工程”和Y“…工程”: quoted program names with a noun qualifier, joined by 和
    "quote_and_quote": re.compile(rf"[{H}]{{2,6}}“[^“”]{{2,8}}(?:工程|行动|计划)”和[{H}]{{2,6}}“[^“”]{{2,8}}(?:工程|行动|计划)”"),
    # chained quotes then a shared 改革试点 / 改革 (“证照分离”“一址多照”…改革试点)
    "quote_chain_reform": re.compile(rf"(?:“[^“”]{{2,10}}”[、和]?){{2,}}[{H}“”]{{0,10}}?(?:改革试点|改革)"),
    # “A”向“B”改革
    "toward": re.compile(r"“[^“”]{2,8}”向“[^“”]{2,8}”"),
    # 国家…改革试点城市建设 / 试点城市 (goal-title reforms)
    "pilot_city": re.compile(rf"[{H}]{{2,16}}改革试点(?:城市|县|市|区)建设"),
}


def main() -> None:
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for name, rx in SHAPES.items():
        if only and name != only:
            continue
        reps, hits = set(), []
        for d in rows:
            for m in rx.finditer(d["t"]):
                reps.add(d["r"])
                hits.append((d["r"], m.group(0), d["p"]))
        print(f"== {name}: {len(reps)} reports, {len(hits)} hits")
        if only:
            for r, g, p in hits:
                print(f"{r}\t{g}\t{' | '.join(p)}")
    defaultdict


if __name__ == "__main__":
    main()
