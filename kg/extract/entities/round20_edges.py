"""Round 20 (progBB, programs): the edges of program names.

(a) A round or phase ordinal written straight before a program's name is part of that name, as the text gives it:
`实施第二期学前教育三年行动计划`, `启动实施第三轮科技创新计划`, `深入开展第六轮行政审批制度改革`, `有序推进第二轮土地承包到期后再延长
30年试点`. The gold sets keep it each time it is written without quotes (dev13 jingzhou, dev14 ganzi, dev20 xiangyang and
ziyang: 第二轮土地承包…; dev7 dongguan 第四轮行政审批事项清理; dev21 chengde 第二期学前教育三年行动计划); the head-word rule
cut it (programs.py `PROGRAM_ORDINAL`, which stays for 第N个/第N批 and for an ordinal before a quoted name: 完成第二轮“万人创业计划”
→ 万人创业计划, corpus sample 1). Counted on the 200 random corpus reports of seed 2004 (eval/corpus_samples/entN/round20_edges/
scan_ordinals.py): a 第N轮/第N期 left out of a program found right after it in 22 reports (26 sentences).

Not an inspection or census round (第二轮中央生态环境保护督察: dev3 guangzhou writes 中央生态环境保护督察; 3 lines of the first diff).
Not: 新一轮 (the official gold drops it: 新一轮机构改革 → 机构改革, 新一轮千亿斤粮食产能提升行动 → 千亿斤粮食产能提升行动), a batch
(第二批…试点: a batch of places picked, as honours drop 首批), a count (第4个幸福长春行动计划), an ordinal before a quote.

(b) The levels of government that carry out a reform are no part of its name: `市县两级政府机构改革` → 政府机构改革,
`市、区两级机构改革` → 机构改革, `各区公务用车制度改革` → 公务用车制度改革 (dev21 foshan drops 市、区两级 and 各区, and 市、区
before 综合行政审批联动改革; the official gold names 机构改革 without the level it was done at: 新一轮机构改革中央层面基本完成).
A pair written with 、 was cut after it, keeping its last level: `推行市、县行政审批一体化改革` → 县行政审批一体化改革,
`市、县、镇机构改革` → 镇机构改革, `市、县属国有企业改革` → 县属国有企业改革; the level goes too. Counted on the 200 reports of
seed 2004 (scan_levels.py): a reform named with a level pair, or cut after its 、, in 10 reports (7 and 3).
Not: mechanisms, systems and plans, whose levels say whose they are (dev2 keeps 自治区、市、县三级政府领导联系服务工作机制, dev19
三级包保、四员服务、五级调度项目保障机制): only names ending in 改革 or 改革试点; nor a single level word (市级机构改革 kept, dev7).

(c) The batch a program's pilot places were picked in is no part of the program's name: `深化全国首批城市更新试点` → 全国城市更新试点,
`国家第三批低碳城市试点深入实施` → 国家低碳城市试点, `第二批县级公立医院综合改革试点成果显著` → 县级公立医院综合改革试点,
`县域集成改革首批试点` → 县域集成改革试点. The official gold drops it (`首批碳达峰试点城市和园区建设` → 碳达峰试点城市和园区建设), as
every gold set drops 首批/第N批 from honour names (dev7 datong 第三批居家和社区养老服务改革试点 → 全国居家和社区养老服务改革试点).
Counted on the 200 reports of seed 2004: a program name holding 首批 or 第N批 in 13 reports. Only a batch at the name's start (after
a scope word: 全国, 国家, 全省, 省级, 省, 市) or right before its head 试点 after a reform's name; not after a place (华容首批国家数字
乡村试点, 花山区第二批试点: the place's pilot), not inside other words (首批次应用保险政策), not when too little is left.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

ROUND_ORDINAL = re.compile(r"第(?:[一二三四五六七八九十]{1,3}|\d{1,2})[轮期]$")
INSPECTION = re.compile(r"(?:督察|督查|巡视|巡察|检查|普查|调查)$")


def round_ordinals(s: _Sentence) -> None:
    """Give a program its round or phase ordinal when the text writes it straight before the name (see the module's doc)."""
    for i, f in enumerate(s.found):
        if f.kind != "program" or f.name.startswith("第") or INSPECTION.search(f.name):
            continue
        at = s.text.find(f.name, max(0, f.start - 4), f.end + 4)
        if at < 0:
            continue
        m = ROUND_ORDINAL.search(s.text, max(0, at - 6), at)
        if not m:
            continue
        ordinal = m.group(0)
        if any(g.kind == "program" and ordinal + f.name in g.name for g in s.found):
            continue
        s.found[i] = _Found(f.kind, ordinal + f.name, min(f.start, m.start()), f.end, f.rank)


LEVEL = "[省市县区乡镇]"
LEVEL_PAIR = re.compile(rf"(?:{LEVEL}、?(?:（[^）]{{1,6}}）)?){{2,4}}(?:两级|三级|四级|五级)|"
                        r"各(?:县市区|县市|县区|市县|区县|市|县|区)(?:（[^）]{1,6}）)?(?![级委长场民域])")
LEVEL_BEFORE = re.compile(rf"{LEVEL}(?:（[^）]{{1,6}}）)?、(?:{LEVEL}(?:（[^）]{{1,6}}）)?、)?$")
LAST_LEVEL = re.compile(rf"{LEVEL}属?(?![场域民委长])")
REFORM_END = re.compile(r"改革(?:试点)?$")


def level_reforms(s: _Sentence) -> None:
    """Drop the levels of government carrying out a reform from its name (see the module's doc, (b))."""
    for i, f in enumerate(s.found):
        if f.kind != "program" or "改革" not in f.name or not REFORM_END.search(f.name):  # perf: the substring first
            continue
        m = LEVEL_PAIR.match(f.name)
        if not m:
            at = s.text.find(f.name, max(0, f.start - 4), f.end + 4)
            m = LAST_LEVEL.match(f.name) if at >= 0 and LEVEL_BEFORE.search(s.text, max(0, at - 8), at) else None
        if not m:
            continue
        rest = f.name[m.end():]
        if len(rest) < 4 or rest.startswith(("、", "和", "及", "级")):
            continue
        s.found[i] = _Found(f.kind, rest, f.start, f.end, f.rank)


BATCH = r"(?:首批(?!次)|第(?:[一二三四五六七八九十]{1,3}|\d{1,2})批)"
BATCH_LEAD = re.compile(rf"(?P<scope>全国|国家|全省|省级|省|市)?{BATCH}(?=[\u4e00-\u9fff“])")
BATCH_HEAD = re.compile(rf"(?P<body>[\u4e00-\u9fff“”]{{4,}}?){BATCH}(?P<head>试点)$")
PLACE_END = re.compile(r"[区县市镇乡村州旗盟]$")


def batch_words(s: _Sentence) -> None:
    """Drop the batch (首批, 第二批) from a program's name (see the module's doc, (c))."""
    for i, f in enumerate(s.found):
        if f.kind != "program" or "批" not in f.name:
            continue
        m = BATCH_LEAD.match(f.name)
        if m:
            name, rest = (m.group("scope") or "") + f.name[m.end():], f.name[m.end():]
        else:
            h = BATCH_HEAD.fullmatch(f.name)
            if not h or PLACE_END.search(h.group("body")):
                continue
            name = rest = h.group("body") + h.group("head")
        if len(rest) < 5:
            continue  # 第二批试点: too little is left
        s.found[i] = _Found(f.kind, name, f.start, f.end, f.rank)
