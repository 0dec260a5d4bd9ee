"""Round 22 (projFB, projects): a list of named buildings, written without a works word, completed or put into use.

Shape F of round 21b's cross-set table (eval/corpus_samples/entM/round22_projFB/README.md): `市民之家、市委党校、市档案馆、
市新殡仪馆投入使用`, `市文化中心、市美术馆、香城书房建成开放`, `七家行宫一期、王府世家滑雪场建成投用`, `市图书馆、规划馆、科技馆、
青少年活动中心、人民体育场、红旗铁路公园等一批…示范性工程建成开放`. Every item is a building the report's place built and opened,
so a project (GUIDELINES.md: a facility being built; the gold sets list each item so). Round 20's `_listed_done` reads such
lists only where each item is a proper name by jieba (市委党校, 中央公园, 规划馆 are not) and round 18b reads one item alone;
the items were left bare, or found as organizations (市美术馆: a museum as an institution).

The clause must be only the list (after a lead such as 推动, 确保) and a completion verb, with at most a `等(一批)…工程/项目/
设施` tail; every item must end in a building word of kg/data/round22_building_heads.txt (chosen by corpus frequency) after a
stem of two characters or more, and one item at least must be named (the place's own: 市委党校, 县图书馆; a proper name jieba
knows; a figure; or an item another rule found). Not: kinds (乡镇卫生院、村卫生室, 公办幼儿园, 各类学校), counts, a research
or service platform named 中心 (…研究中心, …创新中心: bodies, round 18's shape), lists with an item that is no building
(a road, a zone, a company: the clause is then not one of buildings and is left to the other rules).
An organization found at an item's span is dropped (the works frame is certain); a shorter find inside an item (惠国际广场 of
同惠国际广场, where 同 was read as a preposition) gives way to the item.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _alt, _lines
from .patterns import COUNTED, GENERIC_LEAD
from .round18b_projects import DONE_LEAD
from .round20_triggers import _proper
from .sentence import _Sentence

# the completion verbs of a building (put into use, opened): round 18b's DONE_VERB without 完成, with 营业, 开馆, 交付使用
DONE_END = re.compile(r"(?:相继|先后|陆续|分别|均|都|已经|已|正式|顺利|全面|基本|即将|如期|按期|提前|年内|年底前?|主体)*"
                      r"(?:(?:建成|竣工|完工|落成)并?(?:投入使用|投入运行|投入运营|交付使用|启用|开业|开放|营业|开馆|开园)|"
                      r"建成投用|建成投运|建成运营|建成运行|建成使用|建成启用|竣工投用|竣工投运|交付使用|投入使用|投入运营|"
                      r"投用|启用|开馆|开园|对外开放|建成|竣工|落成)$")
# the same verbs written before the list, which then ends the clause (建成投用成都演艺中心、城市南部片区青少年宫); a lead of
# adverbs only (把…建成, 将…建成 open the clause otherwise: what a place is made into, no building)
DONE_FIRST = re.compile(r"(?:[一二三四五六七八九十]是)?(?:全面|相继|先后|陆续|顺利|已|基本|新)?"
                        r"(?:建成投用|建成投运|建成开放|建成使用|建成启用|建成|投用|启用|落成)(?P<list>[^，,。；;：:]+)$")
# what may stand between the list and the verb: 等一批…示范性工程, 等4所医院, 等设施
TAIL = re.compile(r"等(?:一批|[0-9一二三四五六七八九十]+[个所座处家项])?[^，,；;。]{0,30}?"
                  r"(?:工程|项目|设施|场馆|医院|学校|场所|建筑|综合体|载体)$")
QUOTED = re.compile(r"“[^”]{2,10}”")
# a kind, not a named building (乡镇卫生院, 村卫生室, 公办幼儿园, 各类学校, 中小学校)
KIND = re.compile(r"^(?:各|乡镇|乡|村|社区|农村|城乡|城区|一批|部分|公办|民办|新建|改建|扩建|中小|基层|县级|市级|区级|省级|"
                  r"镇级|重点|全|多|首)|[等的和及与]")
# a body or platform called 中心 (round 18's organizations: …创新中心启动运营), not a building
BODY_CENTRE = re.compile(r"(?:研究|技术|创新|研发|工程|实验|检验|检测|孵化|数据|结算|调度|指挥|监测|营运|运营|运行)中心$")
# the place's own building: 市委党校, 市美术馆, 县图书馆, 区人民医院
OWN = re.compile(r"^(?:市|县|区|省|州|盟|旗)(?![级直属])")
# a building word that alone names the place's one building of that kind in a list of them (市图书馆、规划馆、科技馆):
# a hall, a palace, a theatre, a stadium; not a school, hospital, park or market (kinds when bare)
BARE = re.compile(r"^(?:[^、]{0,3}馆|少年宫|青年宫|大剧院|剧院|音乐厅|体育场)$")
PHASE = r"(?:[（(]?[一二三四五六七八九十]期[）)]?)?"


@cache
def _head() -> re.Pattern:
    return re.compile(r"(?:" + _alt(_lines("round22_building_heads.txt")) + r")" + PHASE + "$")


def _building(item: str) -> bool:
    if not 3 <= len(item) <= 20 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·]+", item):
        return False
    m = _head().search(item)
    if m is None or not (m.start() >= 2 or m.start() == 1 and OWN.match(item) or m.start() == 0 and BARE.search(item)):
        return False
    return not (KIND.search(item) or GENERIC_LEAD.match(item) or COUNTED.search(item) or BODY_CENTRE.search(item))


def _named(s: _Sentence, item: str, x: int, y: int) -> bool:
    if OWN.match(item) or re.search(r"[0-9A-Za-z]", item) or _proper(item):
        return True
    return any(f.kind in ("project", "organization") and f.start < y and x < f.end for f in s.found)


def _items(s: _Sentence, a: int, b: int) -> list[tuple[int, int]] | None:
    """The spans of the items of text[a:b] at 、 (the last one may follow 和/及); None when an item is empty."""
    spans, start = [], a
    for i in range(a, b):
        if s.masked[i] == "、":
            spans.append((start, i))
            start = i + 1
    spans.append((start, b))
    x, y = spans[-1]
    j = re.search(r"(?:和|及|以及)", s.text[x:y])
    if j and len(spans) > 1:
        spans[-1:] = [(x, x + j.start()), (x + j.end(), y)]
    return None if any(y - x < 2 for x, y in spans) else spans


def building_runs(s: _Sentence, named=_named) -> list[list[tuple[int, int, str]]]:
    """The lists of named buildings before a completion verb: [(start, end, item), …] each (shared with the round's scan)."""
    runs = []
    for cs, ce in s.clauses:
        done = DONE_END.search(s.masked, cs, ce)
        first = None if done else DONE_FIRST.fullmatch(s.masked, cs, ce)
        if first:
            a, b = first.span("list")  # 建成无锡美术馆、交响音乐厅、文化艺术中心: the verb before the list
        elif done:
            a = DONE_LEAD.match(s.masked, cs, done.start()).end()
            b = done.start()
        else:
            continue
        deng = s.masked.find("等", a, b)
        if deng >= 0:
            if not TAIL.fullmatch(s.masked, deng, b):
                continue
            b = deng
        elif "、" not in s.masked[a:b]:
            continue
        spans = _items(s, a, b)
        if spans is None or len(spans) < 2 and (deng < 0 or first):
            continue  # one item: a list only before the verb (市体育中心等20个场馆投入使用); 建成晋商博物馆等… is round 18b's
        keep, any_named = [], False
        for x, y in spans:
            item = s.text[x:y]
            if QUOTED.fullmatch(item):
                continue  # “两馆一宫”: a nickname, neither a building word nor a failure
            if not _building(item):
                keep = []
                break
            keep.append((x, y, item))
            any_named = any_named or named(s, item, x, y)
        if keep and any_named:
            runs.append(keep)
    return runs


def _listed_buildings(s: _Sentence) -> None:
    for run in building_runs(s):
        for x, y, item in run:
            inside = [f for f in s.found if x <= f.start and f.end <= y and (f.kind == "organization"
                                                                           or (f.start, f.end) != (x, y) and f.kind == "project")]
            if any(f.kind == "project" and (f.start, f.end) == (x, y) for f in s.found):
                for f in inside:
                    s.found.remove(f)
                continue
            if any(f.start < y and x < f.end and not (x <= f.start and f.end <= y) for f in s.found if f.kind == "project"):
                continue  # a find that runs past the item: another rule's reading, left alone
            for f in inside:
                s.found.remove(f)
            s.add("project", x, y, 1, item)


def round22_buildings(s: _Sentence) -> None:
    """Gated by a substring test (speed)."""
    if ("、" in s.masked or "等" in s.masked) and ("建成" in s.masked or "投" in s.masked or "启用" in s.masked
                                                  or "开放" in s.masked or "竣工" in s.masked or "落成" in s.masked
                                                  or "开馆" in s.masked or "开园" in s.masked or "交付" in s.masked):
        _listed_buildings(s)
