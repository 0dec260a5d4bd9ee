"""Round 22b (projGA, projects): a named works whose building or main structure is completed, the verb first or after.

Fix 1 (cross-set whole misses of dev15, dev16, dev22, dev23: 完成幸福路北延伸项目主体建设, 完成高铁综合客运站主体工程,
黄河滩区迁建工程完成主体建设, 完成快速路西北半环建设; eval/corpus_samples/entM/round22b_projGA/README.md): a clause that is only
完成 + one works + (项目|工程)(主体)建设/工程/施工, or one works + 完成主体(建设|工程|施工). Round 18b's _done_works reads 完成
only after the works (城市发展亚行一期项目基本完成) and only for works ending in 工程/项目; round 17b's _done_works reads 完成 first
only before a works word (改造, 整治, 修缮 …); round 19's _pushed_works reads 推进/加快 … 工程建设, not 完成. The works test is round
21's (`_works`: round 15's head test, else round 18b's _works_name and _named): one item, no count, no kind, named.
"""

from __future__ import annotations

import re

from .lists import SUBJECT_NOT
from .patterns import COUNTED, GENERIC_LEAD, TIME_LEAD
from .round17b_projects import _named_lead
from .round18b_projects import DONE_LEAD, START_NOT, _named, _works_name
from .round21_triggers import ADVERB, GOAL_LEAD, _works, clause_subjects
from .sentence import _clean, _Sentence
from .stems import common_word, pos

ADVERBS = rf"(?:全面|基本|顺利|如期|按期|提前|加快|力争|确保|争取|已经|已|{TIME_LEAD})*"
# 完成 NAME [项目|工程] [主体] 建设|工程|施工 [任务]: the verb first (完成快速路西北半环建设, 完成宁江客运站主体工程建设)
DONE_FIRST = re.compile(rf"(?:[一二三四五六七八九十]是)?{ADVERBS}完成了?(?P<name>[^、，,；;。：:“”‘’《》和及与等的]{{3,30}}?)"
                        r"(?P<tail>项目|工程)?(?P<main>主体)?(?P<end>建设|工程建设|工程|施工)$")
# NAME [adverbs] 完成主体(建设|工程|施工) (黄河滩区迁建工程完成主体建设, 玉林福绵机场完成主体建设)
DONE_AFTER = re.compile(rf"(?P<name>[^、，,；;。：:“”‘’《》和及与等的]{{3,30}}?){ADVERBS}完成主体(?:建设|工程|施工|结构)?$")
# a kind, a share, a standard or a plan: no one works (标准化建设, 规范化建设, 能力建设, 试点建设, 年度建设任务 are cut by $)
KIND = re.compile(r"中小|标准化|规范化|达标|能力|试点|示范|一批|各类|体系|[两三四五六七八九十百千万]大|部分|基础设施|配套设施|设施$|绿化|"
                  r"村村|[镇乡村]级|农村|城乡|城区|市区|全市|全省|全区|全县|我市|本市|安全工程|民生|信息化|智慧化|数字化|"
                  r"(?:服务|创新|研究|数据|交易|运营|指挥)中心$")  # a body or a hub's function (舟山江海联运服务中心: round 14c's test)


def _done_first(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if "完成" not in s.masked[cs:ce]:
            continue
        m = DONE_FIRST.fullmatch(s.masked, cs, ce)
        if m is not None:
            a, b = m.span("name")
            if m.group("tail") == "工程" or (m.group("end") == "工程" and not m.group("main")):
                b = m.end("tail") if m.group("tail") == "工程" else m.start("end") + 2  # 宁西铁路增建工程: 工程 is the name's
        else:
            m = DONE_AFTER.fullmatch(s.masked, cs, ce)
            if m is None:
                continue
            a, b = m.span("name")
        if b - a < 3 or any(f.start < b and a < f.end for f in s.found):
            continue  # a name already read
        if s.masked.endswith("项目", a, b):
            b -= 2  # 全面完成冬奥项目建设 (a blind 100, seed 2212): the name's own 项目 is cut, what is left must pass alone
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or KIND.search(name) or START_NOT.search(name):
            continue
        works = _done_name(name)
        if works:
            s.add("project", a, a + len(works), 3, works)


def _done_name(name: str) -> str | None:
    """The works named: round 21's works test and a proper word, a figure or a way (round 18b's _named: 查干湖补水工程,
    河口至东营港输油管道, 高铁综合客运站); or a works ending in 工程 led by a place's name (round 17b's _named_lead:
    汪洋沟综合整治工程). Not a kind (妇幼保健医疗中心, 民用卫星地面站: no proper word), a count or a share (中小水库)."""
    if COUNTED.search(name) or GENERIC_LEAD.match(name) or SUBJECT_NOT.search(name):
        return None
    works = _works(name, "建成")
    if works and name.startswith(works) and _named(works):
        return works
    if name.endswith("工程") and len(name) >= 6 and _named_lead(name):
        return name
    return None


# Fix 2 (cross-set whole misses of dev13, dev19, dev23, dev24: 引洮济合工程并网供水, 辰能生物质热电联产并网发电, 远联钢铁技改升级
# 项目点火试车, 袁家口子水源工程建成蓄水, 大伙房水库输水二期工程正式通水): a clause that is only one named works and its reaching
# operation as a water or power works (并网发电, 通水, 下闸蓄水, 试运行, 建成发电 …). Round 21's _milestone_works reads the same
# shape with 通车, 贯通, 封顶, 合龙, 投产 only; round 18b's _done_works with 建成投用, 投入运行 … only. The works test is round 21's.
# the units or parts that reach it (景洪电站三台机组并网发电, 后湖海上风电场全场并网发电; dev8: 三湾水利城市应急供水工程实现管道通水)
# are no part of the name
OP_ADVERB = ADVERB  # round 21's adverbs and times (即将, 提前7个月, 国庆节前 …)
UNITS = r"(?:首台机组|首批机组|首批方阵|[0-9一二三四五六七八九十两]+台机组|全部机组|机组|全场|全线|管道|主管道|干渠|总干渠|主体工程)?"
OPERATE = re.compile(OP_ADVERB + UNITS + OP_ADVERB + r"(?:建成|竣工|完工)?并?(?:正式|全线|全面|成功)?(?:实现)?"
                     r"(?:并网发电|并网供电|并网供水|并网运行|并网|(?:建成|投产|竣工)发电|(?<=机组)发电|通水试运行|通水|下闸蓄水|蓄水|"
                     r"点火试车|试车|(?:投入|投产|建成|通车)?试运行)$")
OPERATE_TAILS = ("发电", "并网", "供电", "供水", "运行", "通水", "蓄水", "试车")


def _operating_works(s: _Sentence) -> None:
    for a, name, verb in clause_subjects(s, OPERATE_TAILS, OPERATE, (DONE_LEAD, YEAR_LEAD, GOAL_LEAD)):
        if KIND.search(name):
            continue  # a kind
        works = _operating_name(name, verb.group(0))
        if works:
            s.add("project", a, a + len(works), 3, works)


YEAR_LEAD = re.compile(r"(?:今年|明年|去年|当年)?")  # 今年实现胶东调水工程通水: the year is no part of the name


def _operating_name(name: str, verb: str) -> str | None:
    """Round 21's works test; or round 18b's works name led by a rare noun (a place's name jieba does not know:
    大伙房水库输水二期工程, 亭子口水利枢纽工程, as round 19's facility works). A name ending in 项目 drops it (the official gold's
    convention, round 18b: 宾阳县生活垃圾焚烧发电项目 → 宾阳县生活垃圾焚烧发电; dev13's 玛曲5万千瓦光伏)."""
    works = _works(name, verb)
    if not (works and name.startswith(works)):
        works = _works_name(name, False, verb)
        first = pos(name)[0]
        if not works or not (_named(works) or len(first[0]) >= 2 and first[1] in ("n", "nr", "ns", "nz")
                             and not common_word(first[0])):
            return None
    if works.endswith("项目") and len(works) > 6:
        works = works[:-2]
    return works


def round22b_projects(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "完成" in s.masked and ("建设" in s.masked or "工程" in s.masked or "主体" in s.masked or "施工" in s.masked):
        _done_first(s)
    if "发电" in s.masked or "并网" in s.masked or "通水" in s.masked or "蓄水" in s.masked or "试运行" in s.masked \
            or "试车" in s.masked:
        _operating_works(s)
