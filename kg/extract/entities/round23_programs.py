"""Round 23 (progHB, programs): a programme named with its head as the subject of its clause, before a predicate of progress.

`社会管理体制改革不断深入` (dev21 佛山), `大绿化工程成果丰硕` (dev16 德州), `三峡后续工作规划加快实施` (dev17 湖北): a programme
the report names at a clause's start, followed by how far it got (深入推进, 加快实施, 取得…成效, 全面完成 …), with no verb before
it, was found as nothing unless the lexicon holds its exact name (国有企业改革深入推进, 乡村振兴战略深入实施 were read; 社会保障
制度改革不断深化, 文化惠民工程深入实施, 企业倍增计划初见成效 were not). The pilots of this frame were read by round 21
(`round21_programs.reform_pilots`); this module reads the other programme heads: 改革, 工程, 行动, 行动计划, 计划, 战略, 攻坚战,
专项整治 (GUIDELINES.md: keep the head word). Counted on 200 random corpus reports (seed 2304,
eval/corpus_samples/entN/round23_progHB/scan_subjects.py): such a subject in 166 of the 200, not found in 94 (most of those are
generic reforms and works, which stay out: below).

Not: a name of nothing in particular (重点领域改革, 各项改革, 重大改革, 标志性工程, 一批…工程, 十项民生工程, 体制改革: weight,
number or field words, a field of fewer than three characters, the generic-reform list of round 20b), a list or a phrase (和, 与, 及, 的, 等, 、), a verb inside the name (the clause's own
verb: 深化改革取得新成效, 推动…改革取得突破, 确保…), a works name (…工程 of a road, river, port, station, hospital, pipe network,
a phase 一期/二期: those are projects, read by the project rules or left to them), a span any rule read already (of any kind).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _lexicon
from .patterns import _Found
from .round20b_precision import _generic_reform
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
HEADS = r"(?:改革|工程|行动计划|行动|战略|计划|攻坚战|专项整治)"
# how far the programme got (the predicate right after the subject); chosen from the 483 subjects of the scan on the 200
PROGRESS = (r"(?:(?:深入|加快|扎实|稳步|有序|顺利|全面|积极|持续|强力|高效|纵深|有效|加速|提速)推进|"
            r"(?:加快|深入|全面|稳步|顺利|扎实|有序|有效|启动)实施|(?:全面|正式|顺利)启动|"
            r"(?:扎实|深入|全面|有序)开展|全面铺开|(?:全面|基本|顺利|圆满|如期)完成|"
            r"成效(?:明显|显著|初显)|初见成效|取得[^，。；]{0,6}?(?:成效|进展|突破|成果)|进展顺利|"
            r"(?:不断|持续)深化|不断深入|扎实有效|全面落实|落地见效|成果丰硕)")
SUBJECT = re.compile(
    r"(?:^|(?<=[，。；：]))"
    r"(?:[一二三四五六七八九十]是)?"  # 二是农村综合改革深入推进: the ordinal of the list is no part of the name
    r"(?:新一轮)?"  # 新一轮早餐工程启动实施 → 早餐工程, as the official gold drops 新一轮 (round 21's round_programmes)
    rf"(?P<name>[{HAN}“”]{{2,16}}?{HEADS})(?:工作)?(?={PROGRESS})")
# the gate of the pass: a head right before a predicate of progress (one search per sentence)
GATE = re.compile(rf"{HEADS}(?:工作)?{PROGRESS}")
# what may not stand in the name: a list or a phrase, a verb (the name runs into the clause), a count, a weight or field
# word alone is caught by the generic list below
NOT_IN = re.compile(r"[和与及的等、]|[一二三四五六七八九十两0-9]+(?:大|项|个|批|件|类)|一批|一些|各|其他|其它|有关|相关|这|该|"
                    r"深化|推进|推动|实施|开展|加快|加强|确保|力争|争取|完成|启动|落实|抓好|做好|建设(?!工程)|全面|着力|坚持|"
                    r"围绕|以|把|将|对|在|为|是|了|我们|我市|我省|我区|我县|领域|环节|方面|配套改革$|^改革$|^综合改革$")
# a works name: a phase, a facility or a place of building (projects, GUIDELINES.md: a bounded undertaking with a place)
WORKS = re.compile(r"[一二三四五六七八九十0-9]期|路|桥|港|站|馆|厂|库|渠|坝|堤|隧|铁|机场|码头|医院|学校|学院|校区|大学|中心|园区|"
                   r"新区|城区|片区|小区|街区|景区|河|湖|江|海|水系|水源|供水|供热|供气|供电|电网|管网|污水|枢纽|大道|高速|"
                   r"大楼|广场|公园|基地|段|线|迁建|改扩建|扩建|新建|续建|在建|控制性|主体|配套工程|公共工程|"
                   r"轨道|外环|内环|环线|防洪|防潮|排涝|水网|水利|调水|引水|输水|灌区|电站|矿区")
# a name opened by a weight word (重点生态保护工程, 重大改革): a class of works or reforms, not one programme
GENERIC = re.compile(r"^(?:重点|重大|关键|重要|主要|标志性|引领性|示范性|年度)|^(?:专项|民生|公共|基础|系列|综合|年度|新的|新)+"
                     r"(?:改革|工程|行动计划|行动|战略|计划|攻坚战|专项整治)$")


@lru_cache(maxsize=4096)
def _works(stem: str) -> bool:
    return bool(WORKS.search(stem) or _lexicon().works.search(stem))


def subject_programmes(s: _Sentence) -> None:
    """Add a programme named at a clause's start as the subject of a predicate of progress (see the module's doc)."""
    for m in SUBJECT.finditer(s.text):
        raw = m.group("name")
        if raw.count("“") != raw.count("”"):
            continue
        name = raw.replace("“", "").replace("”", "")
        head = re.search(f"{HEADS}$", name).group(0)
        stem = name[: -len(head)]
        if len(stem) < 3 or NOT_IN.search(name) or GENERIC.match(name) or _generic_reform().fullmatch(name):
            continue
        if head == "工程" and _works(stem):
            continue
        a, b = m.start("name"), m.end("name")
        if any(f.start < b and a < f.end for f in s.found):
            continue  # read already, as a program or as another kind (a works project)
        s.found.append(_Found("program", name, a, b, 1))


# Fix 2 — a mechanism or system named by its purpose, its name opening with a verb: `健全支持民营经济改革发展机制` (dev17 广东),
# `健全保障农民工工资支付长效机制` (dev20 张家界), `健全支持企业上市服务机制` (dev22 青岛). After a verb that sets it up (健全, 建立,
# 完善, 构建 …) the purpose verb (支持, 保障, 促进, 鼓励, 激励, 扶持, 引导, 防止) is part of the mechanism's name, as the gold files
# write it (3 of the 3 such names in their texts are listed); `_program_ok` drops every name whose stem opens with such a verb
# (支持金寨县打造改革, 促进其他县区改革: what is done for a reform), so these were found as nothing or cut (支持怒江州推动…工作协调
# 机制 → …工作协调机制). Counted on 200 random corpus reports (seed 2304, scan_purpose_mechanisms.py): the shape in 15 reports,
# not found whole in 10. Not: a list or a phrase (和, 及, 与, 的, 、, quotes), a purpose of fewer than three characters
# (激励约束机制: a generic pair), a name ending 体制机制 (激励创新体制机制), 促进/推动 + a mere 发展 (促进发展机制).
PURPOSE = re.compile(r"(?:健全|建立|完善|建立健全|健全完善|构建|形成)(?:了|好)?"
                     r"(?P<name>(?P<verb>支持|保障|促进|鼓励|激励|扶持|引导|防止)(?P<rest>[^，。；、“”和及与的]{3,18}?)"
                     r"(?:长效机制|工作机制|机制|制度))(?=[，。；、和及与）)]|$)")
PURPOSE_GATE = re.compile(r"(?:支持|保障|促进|鼓励|激励|扶持|引导|防止)[^，。；]{3,18}?(?:机制|制度)")
PURPOSE_NOT = re.compile(r"体制$|^(?:发展|工作)$|等|[0-9]")


def purpose_mechanisms(s: _Sentence) -> None:
    """Add a mechanism named by its purpose after a verb that sets it up (see the comment above PURPOSE)."""
    for m in PURPOSE.finditer(s.text):
        if PURPOSE_NOT.search(m.group("rest")):
            continue
        a, b = m.span("name")
        if any(f.kind == "program" and f.start <= a and b <= f.end for f in s.found):
            continue  # read already (防止返贫动态监测帮扶机制)
        if any(f.kind != "program" and f.start < b and a < f.end for f in s.found):
            continue  # a name of another kind crosses it
        s.found = [f for f in s.found if not (f.start < b and a < f.end)]  # a cut piece (…工作协调机制) gives way
        s.found.append(_Found("program", m.group("name"), a, b, 1))
