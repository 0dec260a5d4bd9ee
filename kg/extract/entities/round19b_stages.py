"""Round 19b (projAC, projects): named works in a planning or preparation frame (dev20's projects cause 2).

A clause that is only [lead verb] NAME [的][项目][建设]前期工作 [progress] (加快推进红河元阳哈尼梯田机场的前期工作,
推进五象站前期工作, 加快武鸣线前期工作, 推动东宁界河桥前期工作, 铜陵长江三桥开展前期工作): what the preparatory work is
for is a works the report names, but the frame is no build verb, so no rule read it (a head followed by 的 or 前期 runs on).
On 200 random corpus reports (seed 1912, eval/corpus_samples/entM/round19b_stages/README.md): 289 clauses with 前期工作 /
前期准备 in 122 reports, 109 of them in 72 reports with no project read; a named works among those in 34 reports (read
by hand, count_named.py). Read by this fix: 8 works in 7 reports, all right; the rest are lists and coordinations (X、Y等煤矿,
莲花水库和…), quoted or bracketed names and names jieba does not tag as proper (平陆运河, 九龙川煤矿). The works test is round 18b's (one item, no kind, no zone, platform, plan or reform; named: a proper word, a
figure, a way or station word); lists (X、Y等煤矿) are the list rules' and are left alone.
"""

from __future__ import annotations

import re

from .round18b_projects import _named, _works_name
from .sentence import _clean, _Sentence

ADVERBS = r"(?:要|继续|配合|协助|尽快|力争|争取|全力|积极|扎实|切实|认真|加快|加紧|抓紧|大力|有序|全面|稳步|深入|同步|着力)*"
PREP_LEAD = re.compile(rf"(?:[一二三四五六七八九十]是)?{ADVERBS}(?:[\u4e00-\u9fff]{{2,4}}地(?=[做推开抓启完]))?{ADVERBS}"
                       r"(?:推进|推动|做好|抓好|开展|启动|完成了?|配合开展|抓紧做好|做深做实|做实|做细|谋划|争取)?")
PREP_FRAME = re.compile(r"(?:的)?(?:项目)?(?:规划)?(?:建设)?(?:前期准备工作|前期工作|前期准备)"
                        r"(?:(?:有序|顺利|扎实|加快|积极|稳步|加速|全面)(?:推进|开展)|进展顺利|全面启动|全面展开|全面提速|基本完成|顺利完成|积极进行|已经启动|已启动|"
                        r"取得(?:重大|积极|实质性)?进展)?$")
SUBJECT_FRAME = re.compile(r"(?:已经|已|正在)?(?:开展|启动|完成)(?:了)?(?:前期准备工作|前期工作|前期准备)$")
# what preparatory work is done for that is no works: plans, campaigns, lists and kinds (城市轨道交通项目, 重大项目)
PREP_NOT = re.compile(r"规划|方案|编制|申遗|活动|教育|交易|改革|试点|储备|谋划|论证|选址|环评|用地|审批|手续|一批|重大|重点|"
                      r"项目$|[个座条家批所]")


def _prepared_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        clause = s.masked[cs:ce]
        if "前期" not in clause:
            continue
        frame = SUBJECT_FRAME.search(clause) or PREP_FRAME.search(clause)
        if frame is None:
            continue
        a = cs + PREP_LEAD.match(clause, 0, frame.start()).end()
        b = cs + frame.start()
        if b - a < 3 or any(f.start < b and a < f.end for f in s.found):
            continue  # a name already read there
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or re.search(r"[、，,和及与等的在将要]", name) or PREP_NOT.search(name):
            continue  # a list, a clause with another verb, a plan or a kind
        name = _works_name(name, False, "启动建设")
        if name and _named(name):
            s.add("project", a, a + len(name), 3, name)


# Fix 2: a named works at an approval stage: NAME [stage] + approval (阿合奇机场选址获国家民航局批复, 长庆桥至西峰铁路获得核准,
# 湛海高铁可研报告通过评审, 泸石高速核准获批, 豫东北机场选址确定, 锡澄城际轨道S1线完成工可报告编制, 配合引黄济宁工程立项),
# or the verb first: 完成 NAME [的] stage [的] (审查|编制…) (完成弥勒至蒙自铁路的可研审查立项, 完成开远南洞调水工程项目建议书的编制).
# On the 200 reports (seed 1912): a named works unread in such a clause in 19 reports (read by hand, count_named.py); this
# fix reads 10 works in 8 reports, all right (日照机场, 大雅河抽水蓄能电站 after 投资…的, lists stay unread).
# Approval of a zone, platform, hub, institution or title (综合保税区获批, 获批国家物流枢纽, 学院获批设立) is no works: the
# works test (round 18b's) leaves those out, and the clause must end at the approval (获批…示范企业 is an honour).
# APPROVAL_LAST below holds the last characters these patterns can end with (speed): keep it in step
STAGE = r"(?:选址|预可研报告|预可研|可研报告|可行性研究报告|工可报告|可研|可行性研究|总规|初步设计方案|初步设计|规划设计|勘察设计|施工图设计|项目建议书)"
APPROVAL = re.compile(rf"(?:的)?(?:项目)?(?P<stage>{STAGE})?(?:已经|已|正式|顺利|成功|率先|力争|争取|即将|通过)?(?:国家)?"
                      r"(?:获得?[^，；。：]{0,14}?(?:批复同意|批复|批准|核准|审批)(?:同意)?(?:立项)?|核准获批|获批复?(?:立项)?|"
                      r"通过[^，；。：]{0,10}?(?:评审|审查)|(?:申请|批准)?立项|(?P<staged>确定|完成(?:编制|评审|审查|批复)?|编制完成)|"
                      rf"完成(?P<stage2>{STAGE})(?:报告)?(?:编制|评审|审查)?)$")
APPROVAL_BEFORE = re.compile(rf"(?:[一二三四五六七八九十]是)?(?:全面|加快|力争|确保|争取)?(?:完成|启动|开展|推进)(?P<name>[^、，,；;。：:“”和及与等]{{3,24}}?)"
                             rf"(?:的)?(?:项目)?{STAGE}(?:报告)?(?:的)?(?:审查|评审|编制|批复|审批)?(?:立项)?$")
APPROVAL_LEAD = re.compile(r"(?:[一二三四五六七八九十]是)?(?:全力|积极|加快|力争|确保|争取|推进|推动|配合|促进|力促|实现)*")


# perf: the last character of every clause APPROVAL or APPROVAL_BEFORE can match (both end at $; \n: $ matches before one)
APPROVAL_LAST = frozenset("意复准批项审查定成制址告研究规案计书的\n")


def _approved_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if ce <= cs or s.masked[ce - 1] not in APPROVAL_LAST:
            continue
        clause = s.masked[cs:ce]
        m = APPROVAL_BEFORE.match(clause)
        if m is not None:
            a, b = cs + m.start("name"), cs + m.end("name")
        else:
            m = APPROVAL.search(clause)
            if m is None or m.group("staged") and not m.group("stage") or m.group("stage") and m.group("stage2"):
                continue  # 确定, 完成: only after a stage (选址确定, 可研完成), else round 18b's or no works
            a = cs + APPROVAL_LEAD.match(clause, 0, m.start()).end()
            b = cs + m.start()
        if b - a < 3 or any(f.start < b and a < f.end for f in s.found):
            continue
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or re.search(r"[、，,和及与等的在将要]", name) or PREP_NOT.search(name):
            continue
        name = _works_name(name, False, "启动建设")
        if name and _named(name):
            s.add("project", a, a + len(name), 3, name)


APPROVAL_GATE = re.compile(r"批|核准|立项|评审|审查|选址|编制")  # one scan instead of seven substring tests


def round19b_stages(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "前期" in s.masked:
        _prepared_works(s)
    if APPROVAL_GATE.search(s.masked):
        _approved_works(s)
