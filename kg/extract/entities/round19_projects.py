"""Round 19 (projAB, projects): named works whose building is pushed (dev18/dev19's projects cause 2)."""

from __future__ import annotations

import re

from .lists import SUBJECT_NOT
from .patterns import COUNTED, GENERIC_LEAD, TIME_LEAD
from .round18b_projects import NOT_WORKS, PROPER_FLAGS, ROAD_LIKE, START_NOT, _works_name
from .round23_names import split_name
from .sentence import _clean, _Sentence
from .stems import common_word, pos

# A clause that is only a push verb, one works ending in 工程 or 项目, and 建设 (推进群力堤防工程建设, 加快黄花机场改扩建工程建设,
# 推动东风商用车车身厂项目建设, 加快推进天河机场三期项目建设): no rule read the works, since 工程/项目 is no head of the lexicon and
# round 18b's fixes read only completion and start verbs. On 200 random corpus reports (seed 1902,
# eval/corpus_samples/entM/round19_verbs/README.md): 271 such clauses in 134 reports, 128 of them in 93 reports with nothing
# found; most name a kind (重点项目, 民生工程, 生态修复工程: programs or classes), so the works must pass round 18b's works test
# (one item, no count, no kind, no zone or platform) and be named (_named: a proper word, a figure, a way or a station).
# Quoted names (“治水强基”工程, “三北”工程) are programs by the official convention and are left out, and so is 实施 (实施…工程:
# a program, 文化惠民工程).
# its end (工程建设, 项目建设) is tested first in _pushed_works and round19_projects (speed): keep them in step
PUSH = re.compile(rf"(?:[一二三四五六七八九十]是)?(?:{TIME_LEAD})?(?:继续|全力|加快|大力|积极|扎实|全面|有序|着力|持续|加紧|强力|稳步)*"
                  r"(?:推进|推动|加快|抓好|加紧|抓紧)(?:推进|推动|实施)?(?P<name>[^、，,；;。：:“”‘’《》和及与等的]{3,30}?(?:工程|项目))建设$")
PUSH_NOT = re.compile(r"重点|重大|民生|示范|试点|标志性|系列|一批|在建|新一轮|^[省市县区]级|优质|储备")
# a kind or a program, not one works, even after a name or a figure (first run on the 200: 秦巴山区交通扶贫项目,
# 海洋生态保护修复项目, 智慧停车项目, 5G基础设施项目, 太阳能屋顶光伏发电项目, 太湖流域…四大骨干水利工程; dev14: 省百大项目;
# a fresh 200 (seed 1903): 投资3000万元以上项目, 现代产业500强项目)
KIND_WORDS = re.compile(r"扶贫|保护|修复|智慧|基础设施|屋顶|分布式|[两三四五六七八九十百千]大|[0-9]+G|[万亿]元|以上|[0-9]+强")


# a water, power or transport facility's works (群力堤防工程, 高地站输变电工程): named when its first word is a rare noun
# (a place's name jieba does not know: 群力, 高地), not a kind (农村集中供水工程: 农村 is a common word)
FACILITY_WORKS = re.compile(r"(?:堤防|防洪|供水|引水|调水|输水|输变电|变电站|水厂|泵站|水库|大桥|隧道|航道|码头|机场)"
                            r"(?:改扩建|扩建|改造|新建|加固)?(?:工程|项目)$")


def _named_works(name: str) -> bool:
    """Round 18b's _named, narrower: a figure (a capacity, a number), a way or station, or a proper word jieba does not
    see often (智慧 and 海洋 are tagged as names but are kinds); or a facility's works whose first word is a rare noun."""
    if KIND_WORDS.search(name):
        return False
    if ROAD_LIKE.search(name) or re.search(r"[0-9]", name):
        return True
    words = pos(name)
    if FACILITY_WORKS.search(name) and len(words[0][0]) >= 2 and words[0][1] in ("n", "nr", "ns", "nz") \
            and not common_word(words[0][0]):
        return True
    # round 23 (projHB): or a coined name jieba splits into single characters (抓好引江济淮工程建设)
    return any(flag.startswith(PROPER_FLAGS) and not common_word(word) for word, flag in words[:-1]) or split_name(name)


def _pushed_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if not s.masked.endswith(("工程建设", "项目建设"), cs, ce):
            continue  # perf: PUSH's end
        m = PUSH.fullmatch(s.masked, cs, ce)
        if m is None:
            continue
        a, b = m.span("name")
        if any(f.start < b and a < f.end for f in s.found):
            continue  # a name already read
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or START_NOT.search(name) or PUSH_NOT.search(name):
            continue
        name = _works_name(name, False, "建设")
        if name and _named_works(name):
            s.add("project", a, a + len(name), 3, name)


# Fix 2: a clause that is only a named way and its opening to traffic (德中快通建成通车, 渝黔快铁建成通车, 中环线全线通车,
# G228滨州段建成通车, 其中融水至河池高速公路建成通车, 内邓高速将于1月底全面通车): round 15 reads such a clause only after a
# lexicon head and without a lead; round 18b's completion verbs leave out 通车. On the 200 (seed 1902): named ways opened
# with nothing found in 14 reports (eval/corpus_samples/entM/round19_verbs/README.md). The way must end in a way word
# (a road, a railway, a line, a section, a bridge or tunnel), be one item, no kind (农村公路, 城市道路) and no count.
OPEN_VERB = re.compile(r"(?:将于|将在|可望|有望|预计)?(?:(?:今年|明年|年内|年底前?|上半年|下半年|[0-9]{1,2}月(?:底|末|份)?(?:前)?)(?:实现)?)?"
                       r"(?:可望|有望|将)?(?:已经|已|正式|顺利|全面|全线|全部|如期|按期|提前|率先|实现)*(?:建成通车|竣工通车|通车)$")
OPEN_LEAD = re.compile(rf"(?:其中|同时|目前|全力保障|保障|确保|力争|争取|实现|推动|{TIME_LEAD})*")
WAY_END = re.compile(r"(?:铁路|高铁|客专|快铁|快通|快速路|快速通道|高速公路|高速|公路|大道|大街|路|街|线|段|大桥|桥|隧道|"
                     r"主线|连接线)(?:[（(][^）)]{1,12}[）)])?(?:[东西南北]延(?:长)?[线段])?(?:扩能|改造|改扩建|扩建|提速)?(?:工程|项目)?$")


def _named_way(name: str) -> bool:
    """A way the report names: a figure (G228, 省道312), a from-to (融水至河池), or a proper word jieba knows (德, 渝, 邓,
    中环线); not a kind (区间道路 of a fresh 200, seed 1903; 村组道路, 旅游公路)."""
    if re.search(r"[0-9A-Za-z]|至", name):
        return True
    return any(flag.startswith(PROPER_FLAGS) and not common_word(word) for word, flag in pos(name))


def _opened_ways(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if not s.masked.endswith("通车", cs, ce):
            continue
        verb = OPEN_VERB.search(s.masked, cs, ce)
        if verb is None:
            continue
        a, b = OPEN_LEAD.match(s.masked, cs, verb.start()).end(), verb.start()
        if b - a < 3 or any(f.start < b and a < f.end for f in s.found):
            continue
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or not 3 <= len(name) <= 24 or re.search(r"[、，,和及与等的在将要]", name) \
                or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·—－-]+", name):
            continue
        if WAY_END.search(name) is None or NOT_WORKS.search(name) or SUBJECT_NOT.search(name) or COUNTED.search(name) \
                or GENERIC_LEAD.match(name) or KIND_WORDS.search(name) or not _named_way(name):
            continue
        s.add("project", a, b, 3, name)


def round19_projects(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if ("工程建设" in s.masked or "项目建设" in s.masked) and ("推" in s.masked or "加" in s.masked or "抓" in s.masked):
        _pushed_works(s)
    if "通车" in s.masked:
        _opened_ways(s)
