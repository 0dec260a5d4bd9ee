"""Round 21b (progEB, programs): a reform written as one side of a pair — 改革创新, 改革和发展, 改革转型 — is no named reform.

深化金融改革创新, 推进社会事业改革创新, 加快水利改革和发展, 加大教育改革和投入力度, 深化融资平台和城投公司改革转型: the
words before 改革 name a field of work, and 改革 is one of two nouns of that field's work (reform and innovation, reform and
development), not the name of a reform. The extractor read X改革 and cut the pair off. Across the development sets such finds
were inventions in dev13, dev17, dev22, dev23 and dev24 (金融改革 ×2, 社会事业改革, 水利改革, 教育改革, 融资平台改革, 股份制改革,
通关作业和查验监管模式改革 …), and the golds list X改革 for none of the 10 pairs 改革创新 in their texts, nor for the 改革和/与
发展, 改革和投入 and 改革转型 but one 股份制 item of a list (eval/corpus_samples/entN/round21b_precision/gold_pairs.py). The
bare 改革发展 is left alone (the golds list 公立医院改革, 国企改革 and 金融改革 before it), and so is 改革和创新 (dev21's gold
lists both of its two). On 200 random corpus reports (seed 2123, scan_pairs.py) the shape is in about 40 reports.

A program ending in 改革 whose text is followed right away by a pair word is dropped together with the finds it overlapped and
beat (as round 20b's generic_reforms and round 21's abstract_reforms do), and so is an item of a list that shares that
改革 (融资平台 of 融资平台和城投公司改革转型). A quoted name (“放管服”改革创新) is a named reform and
stays; so do a reform of a system or mechanism and a comprehensive reform (…体制改革, …制度改革, …机制改革, …综合改革: named
reforms the golds list), items of a list with 等 (中小学贯通式培养、随迁子女随到随读等改革创新: not this pass's list), and a
name that goes on after the pair (改革创新试验区 is read, when it is, as a longer find).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _Sentence

# the second noun of the pair: 改革创新, 改革与发展, 改革转型, 改革和投入 (the bare 改革发展 stays: see the doc)
# (not 改革和创新: dev21's gold lists 金融改革 of 加强金融改革和创新 and 国家级开发区改革 of 开发区改革和创新发展; not 改革和转型综改)
PAIR_AFTER = re.compile(r"[”’]?(?:创新|[和与及]发展|[和与]?转型(?!综)|[和与]投入)")
# a reform of a system, a mechanism or a comprehensive reform is a named reform even before a pair (行政管理体制改革和创新,
# 勤务制度改革创新, 基层医疗卫生综合改革创新发展): the golds list such names (医药卫生体制改革, 行政管理体制改革)
NAMED_REFORM = re.compile(r"(?:体制|制度|机制|综合)改革$")
# an item of a list that shares the 改革 of the pair: 融资平台 of 融资平台和城投公司改革转型
ITEM_BEFORE_PAIR = re.compile(rf"(?:[、和与及][^，。；：、“”等]{{1,16}}?)+改革{PAIR_AFTER.pattern}")  # not …等改革创新


def paired_reforms(s: _Sentence) -> None:
    """Drop programs X改革 written as one side of a pair (see the module's doc)."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind != "program" or not f.name.endswith("改革") or NAMED_REFORM.search(f.name):
            continue
        raw = s.text[f.start:f.end]
        if "”" in raw or "“" in raw:
            continue
        if not (PAIR_AFTER.match(s.text, f.end) if raw.endswith("改革") else ITEM_BEFORE_PAIR.match(s.text, f.end)):
            continue
        s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]


# ---- fix 2: the PPP mode ---------------------------------------------------------------------------------------------

# 推广PPP模式, 推进政府和社会资本合作模式, 创新PPP模式, 积极推行政府购买公共服务和PPP合作模式: public-private partnership is
# a way of funding works, named by no gold file (they keep the works, PPP项目库建设行动, and the national 政府和社会资本合作新机制
# of 2023, which stays: it ends in 机制). Read as a program in dev13, dev14, dev17, dev20 and dev24 (all inventions) and in 11
# of 200 random corpus reports (seed 2123, scan_ppp.py). A program that is only that mode — with (PPP), 合作/投资/融资/运作/
# 运营 before 模式, a verb glued before it (创新, 推广, 推行, 运用, 采用, 探索) or 政府购买(公共)服务 joined to it — is dropped.
PPP_MODE = re.compile(r"(?:创新|推广|推行|运用|采用|探索)?(?:政府购买(?:公共)?服务[和与及、])?"
                      r"(?:政府[和与]社会资本合作[（(]?(?:PPP)?[）)]?|PPP)(?:合作|投资|融资|运作|运营)?模式")


def ppp_modes(s: _Sentence) -> None:
    """Drop programs that are only the PPP mode of funding (see above)."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and f.name.endswith("模式") and PPP_MODE.fullmatch(f.name):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
