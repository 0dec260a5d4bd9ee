"""Round 18b (projV, projects): works completed or put into use whose last word is no head (dev18's projects cause 2)."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _lexicon, _lines
from .lists import SUBJECT_DONE, SUBJECT_NOT
from .patterns import COUNTED, GENERIC_LEAD, TIME_LEAD
from .round23_names import split_name
from .sentence import _clean, _Sentence
from .stems import common_word, pos

# A clause that is only a works and its completion or opening (市中医院综合业务楼建成投用, 首儿所通州院区基本完工,
# 地铁宁溧线建成运营, 国道324线外砂段完工, 汕头金融超市建成运营, 黄河楼即将对外开放, 城市发展亚行一期项目基本完成):
# round 15's _done_subjects reads such a clause only after a head of entity_heads.txt (place or facility), so a works
# ending in 楼, 院区, 站, 线, 段, 工程, 项目 … stayed unread. On 200 random corpus reports (seed 1811,
# eval/corpus_samples/entM/round18b/README_projV.md): 35 such works read by the first version in 29 reports, none before
# (28 y, 6 half, 1 n). What is completed is one thing named by the report: one item (no list, no 等/的), no count, no kind
# (农村电网建设改造工程), no platform, system, zone or reform.
DONE_VERB = re.compile(r"(?:主体工程|主体)?(?:已经|已|正式|顺利|全面|全线|基本|全部|即将|如期|按期|提前|年内|年底前?|主体)*"
                       r"(?:(?:建成|竣工|完工|落成)并?(?:投入使用|投入运行|投入运营|启用|开业)|建成投用|建成投运|建成运营|建成运行|建成使用|建成开放|建成启用|竣工投用|竣工投运|竣工投产|建成投产|"
                       r"投入使用|投入运营|投入运行|投用|投运|启用|主体完工|完工|竣工|对外开放|(?P<finish>完成))$")
DONE_LEAD = re.compile(rf"(?:[一二三四五六七八九十]是)?(?:{TIME_LEAD})?(?:高效|全力|大力|积极|加快)?(?:确保|力争|推动|推进|实现|争取|促进|力促|加快)?"
                       rf"(?:{TIME_LEAD})?")  # 6月底前火车站广场改造项目…: the time is no part of the name
NOT_WORKS = re.compile(r"平台|系统|网$|云|(?<!院)[区园]$|园区|新区|新城|小镇|改革|改制|规划|目标|任务|体系|制度|工作|调查|确权|登记|搬迁|调整|"
                       r"整合|实事|划定|成果|车$|车辆|银行|分行|支行|公司|集团|研究院|^(?:城区|市区|县城|城市|城乡|城镇|农村|乡村|市政|"
                       r"公共|各|新建|改建|新一|一大批|[镇乡村]级|[两三四五六七八九十]大|重点|骨干|全|一期|二期|三期|首期|该|本)|[0-9]{4}年|^[0-9.]+万?吨级|首家|首个|首座|首条|首批|攻关|节能减排|"
                       r"[0-9.]+\s*[万亿]?(?:平方米|平方公里|公里|千米|米|亩|千瓦)")
BUILDING = re.compile(r"(?:楼|院区|新院|新馆|大厅)$")  # a building of an institution (市人民医院内科楼, 省妇幼保健院长滨院区)
VERB_LAST = frozenset("用运营行放产工成")  # the last characters of DONE_VERB's verbs (speed)
# the last two characters of every DONE_VERB match: a clause ending otherwise is not searched (the search tries its
# optional adverbs at every position of the clause: speed)
VERB_TAILS = ("使用", "运行", "运营", "启用", "开业", "投用", "投运", "开放", "投产", "完工", "竣工", "完成")


@cache
def _works_end() -> re.Pattern:
    words = sorted(_lines("round18b_done_heads.txt"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(words) + r")(?:[（(]?[一二三四五六七八九十]期[）)]?)?(?:工程|项目)?$")


WORKS_PROJECT = re.compile(r"(?:改造|改扩建|扩建|改建|迁建|新建|提升|整治|治理|建设|修缮|加固)项目$")
PROPER_FLAGS = ("ns", "nr", "nz", "nt", "j")  # 姚江东排工程, 奥体中心, 大安港改扩建项目: a word jieba knows as a name or an abbreviation
ROAD_LIKE = re.compile(r"(?:线|路|街|铁路|高铁|公路|站|水库|大桥|隧道|干线)(?:[东西南北]延(?:长)?[线段])?$")


def _named(name: str) -> bool:
    """A works the report names (a proper word, a figure, or a way or station), not a kind (垃圾焚烧发电项目, 精神卫生中心)."""
    if ROAD_LIKE.search(name) or re.search(r"[0-9A-Za-z]", name):
        return True
    # round 23 (projHB): or a coined name jieba splits into single characters (曲溪城乡供水项目, 缅气入凉项目, 广佛地铁首通段)
    return any(flag.startswith(PROPER_FLAGS) for _, flag in pos(name)[:-1]) or split_name(name)


def _works_name(name: str, finish: bool, verb: str) -> str | None:
    """The subject as a works' name, or None (a kind, a count, a platform, a name a head of the lexicon ends)."""
    end = _works_end().search(name)
    if not 3 <= len(name) <= 24 or NOT_WORKS.search(name) or SUBJECT_NOT.search(name) \
            or COUNTED.search(name) or GENERIC_LEAD.match(name) or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·—－-]+", name):
        return None
    if finish and not name.endswith(("工程", "项目")):
        return None  # 基本完成: only a works or project is finished as a whole (not 市级机关搬迁, 确权登记颁证)
    lex = _lexicon()
    head = lex.head_at_end.search(name)
    if head and lex.head_role.get(head.group(0)) in ("place", "facility", "org") and head.end() == len(name):
        # 人民公园, 市美术馆: round 15's rule reads (or leaves) those; but not 科技创新大厦竣工并投入使用 (a verb it does not know)
        stem = name[:head.start()]
        if lex.head_role[head.group(0)] == "org" or SUBJECT_DONE.fullmatch(verb) or len(stem) < 2 or common_word(stem) \
                or re.search(r"港$|口岸$|开放$", name + verb) or not _named(name):
            return None  # 综合客运枢纽: a kind
        return name
    if end is None:
        return None
    stem = name[:end.start()]
    if len(stem) < 2 or common_word(stem) and not pos(stem)[0][1].startswith("ns") \
            or stem.endswith(("建设", "改造", "整治")) and len(stem) < 6:
        return None  # 综合楼? 预制菜项目: a kind (黄河楼: a place's name); 道路改造工程: no name
    if WORKS_PROJECT.search(name) and len(name) > 6:
        return name[:-2]  # 火车站广场改造项目, 大安港改扩建项目: a name ending in its works word drops 项目 (dev8's 火车站广场改造)
    if name.endswith("项目") and len(name) > 4:
        inner = lex.head_at_end.search(name[:-2])
        if inner and inner.end() == len(name) - 2 and lex.head_role.get(inner.group(0)) in ("place", "facility"):
            short = name[:-2]  # 市奥体中心项目: a name ending in a head drops 项目 (the gold's convention)
            return None if NOT_WORKS.search(short) else short  # 纺织纤维纱线产业园项目: a park, a zone
    return name


def _done_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if s.masked[ce - 1] not in VERB_LAST or not s.masked.endswith(VERB_TAILS, cs, ce):
            continue
        verb = DONE_VERB.search(s.masked, cs, ce)
        if verb is None or verb.start() - cs < 3:
            continue
        a = DONE_LEAD.match(s.masked, cs, verb.start()).end()
        b = verb.start()
        if b - a < 3:
            continue
        inside = [f for f in s.found if f.start < b and a < f.end]
        if inside and not (BUILDING.search(s.masked, a, b) and all(
                f.kind == "organization" and a <= f.start and f.end < b for f in inside)):
            continue  # a name already read (but 市中医院 of 市中医院综合业务楼: the hospital's building is the works)
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or re.search(r"[、，,和及与等的在将要]", name):
            continue  # a list, a clause with another verb or a name already read
        name = _works_name(name, bool(verb.group("finish")), verb.group(0))
        if name:
            for f in inside:
                s.found.remove(f)
            s.add("project", a, a + len(name), 3, name)


# Fix 2: a clause that is only a works and the start of its building (福泉凤山大型水库开工建设), or the start verb and one
# works (开工建设国道662线, 开工建设甬台温铁路, 启动大安港改扩建项目, 启动…建设项目): the same
# works test as fix 1, and the works must be named (_named: 小洪河治理工程, not 垃圾焚烧发电项目 or 精神卫生中心); zones, new
# districts and parks being started (于家堡金融区启动建设, 恒大片区全面开工) are left out. On the same 200 reports: 24 works
# read in 21 reports, none before (21 y, 3 half). Both fixes together: 58 works in 46 reports, 49 y, 8 half, 1 n.
START_AFTER = re.compile(r"(?:已经|已|正式|顺利|全面|全部|即将|如期|按期|率先|年内|年底前?|上半年|下半年)*"
                         r"(?:启动建设|开工建设|开工|动工|破土动工)$")
START_BEFORE = re.compile(r"(?:[一二三四五六七八九十]是)?(?:加快|全面|积极|全力|年内|力争|确保|争取|推动)?(?:启动建设|开工建设|启动实施|启动)了?"
                          r"(?P<name>[^、，,；;。：:“”和及与等的]{3,24}?)(?P<tail>建设项目|建设工程|建设|前期工作)?$")
START_NOT = re.compile(r"[港城镇]$|有|基地$|基站$|^(?:配套|区域)|示范|试点|规划|方案|计划|行动|改革|评估|论证|招标|设计|调研|申报|工作$|前期$")


def _started_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        clause = s.masked[cs:ce]
        if not ("开工" in clause or "动工" in clause or "启动" in clause):
            continue
        verb = START_AFTER.search(s.masked, cs, ce)
        if verb is not None:
            a, b = DONE_LEAD.match(s.masked, cs, verb.start()).end(), verb.start()
            vtext = verb.group(0)
        else:
            m = START_BEFORE.match(clause)
            if m is None or m.group("tail") == "前期工作":
                continue
            a, b = cs + m.start("name"), cs + m.end("name")
            if m.group("tail") in ("建设项目", "建设工程"):
                b = cs + m.end("tail") - 2 if _works_end().search(s.masked, a, b) is None else b
            vtext = "启动建设"
        if b - a < 3 or any(f.start < b and a < f.end for f in s.found):
            continue
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or re.search(r"[、，,和及与等的在将要]", name) or START_NOT.search(name):
            continue
        name = _works_name(name, False, vtext)
        if name and _named(name):
            s.add("project", a, a + len(name), 3, name)


def round18b_projects(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "投" in s.masked or "工" in s.masked or "建成" in s.masked or "启用" in s.masked or "开放" in s.masked \
            or "完成" in s.masked:
        _done_works(s)
    if "开工" in s.masked or "动工" in s.masked or "启动" in s.masked:
        _started_works(s)
