"""Round 23 orgGA: group a crossset.py table (round 21b) by the name's head and by the frame word around it.

usage: python group_cross.py CROSSSET.tsv
Prints, per head group and per frame group: misses / inventions, the sets where seen, and the names.
"""
import re
import sys
from collections import defaultdict

HEADS = [("school 大学/学院/职院/高专/学校", r"(?:大学|学院|职院|高专|学校)$"), ("bank/credit 银行/行/信用社/联社", r"(?:银行|行|信用社|联社|农信社)$"),
         ("company 公司/集团/股份/控股/厂", r"(?:公司|集团|股份|控股|厂)$"), ("research 研究院/中心/实验室/所/联盟", r"(?:研究院|研究中心|创新中心|实验室|研究所|联盟|标委会|分中心)$"),
         ("hospital 医院/医联体", r"(?:医院|医联体)$"), ("centre/platform 中心/平台/基地/交易所", r"(?:中心|平台|基地|交易所)$")]
FRAMES = [("set up 组建/成立/设立/筹建", r"组建|成立|设立|筹建"), ("unveiled 揭牌/挂牌", r"揭牌|挂牌"), ("settled 落户/入驻/迁驻", r"落户|入驻|迁驻"),
          ("partner 与/联合/合作/签约", r"与|联合|合作|签约|签署"), ("reform 改制/改革/重组/整合", r"改制|改革|重组|整合|合并"),
          ("honour 入选/获评/获批/荣获/成为", r"入选|获评|获批|荣获|成为|跻身|列为|被评"), ("list 、/等", r"、|等")]
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
for title, groups, where in (("head", HEADS, "name"), ("frame", FRAMES, "window")):
    print(f"== by {title}")
    agg = defaultdict(lambda: {"m": [], "i": [], "sets": set()})
    for r in rows:
        s, f, mi, name, sent = (r + [""] * 5)[:5]
        at = sent.find(name[:4])
        win = sent[max(0, at - 8):at] + "|" + sent[at + len(name):at + len(name) + 8] if at >= 0 else ""
        key = "other"
        for g, rx in groups:
            if re.search(rx, name if where == "name" else win):
                key = g
                break
        a = agg[key]
        a["m" if mi == "missed" else "i"].append(f"{s}:{name}")
        a["sets"].add(s)
    for k, a in sorted(agg.items(), key=lambda kv: -len(kv[1]["sets"])):
        print(f"{k}\t{len(a['m'])} m / {len(a['i'])} i\t{len(a['sets'])} sets: {','.join(sorted(a['sets']))}\n   m: {' '.join(a['m'])}\n   i: {' '.join(a['i'])}")
