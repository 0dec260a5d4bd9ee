"""Round 18d (projZ3, projects): two events glued across 和/及 into one name are two events.

heads.py's EVENT_JOIN (round 10) cuts an event name where 和/及 follows an event word, but only inside the head rules and
only when the word right before 和 is 会/节/展/赛/坛/周: a closing quote (办好“重庆·台湾周”和第五届…论坛), a named series
(太行山文化年系列活动和第六届旅发大会), a name another rule made (round 18c's 第二届冰雪节和“一带一路”冰雪季, a list
item 粮油精品展和西博会) kept the two glued. On 200 random corpus reports (seed 1822) 18 event names hold 和/及; 11 of
them in 10 reports glue two events (eval/corpus_samples/entM/round18d_events/).

The rule, on the names found: an event name cut at each 和/及/以及 that follows an event word (or its closing quote) is
kept as its pieces when every piece is an event (ends in an event word: 会, 节, 展, 赛, 坛, 周, 季, 汇, a named 活动) or a
side nobody hosts (颁奖典礼, a 备战 = going to compete, a bare 系列活动), which is dropped. A name with one side that is no
event stays whole (茶叶和柑橘国际采购商大会, 文化和旅游发展大会, 中国家电及消费电子博览会), as does an ordinal ellipsis
(第十届和第十一届全区运动会). A count of editions before a piece goes (5届东北亚博览会 → 东北亚博览会), as heads.py does.
The word lists are closed and short, kept here (no data file).
"""

from __future__ import annotations

import re

from .patterns import _Found

# 和/及 right after an event word or its closing quote (not 和平, 和谐 …, 及时)
JOIN = re.compile(r"(?<=[会节展赛坛周季汇动礼式战”\"])(?:以及|和(?![平谐美睦顺])|及(?!时))")
# a piece that is an event: it ends in an event word (not 社会, 协会 …, 发展, 周年)
EVENT_END = re.compile(r"(?:[会节赛坛周季汇]|(?<![发进拓扩开施伸舒延])展|(?<=[0-9\u4e00-\u9fff]{2})活动)[”\"]?$")
NOT_EVENT_END = re.compile(r"(?:社会|机会|协会|学会|委员会|商会|联合会|工会|理事会|都会|省会|常委会|全会|党代会|例会|年会|"
                           r"每周|本周|一周|周周)[”\"]?$")
# a side nobody hosts: a ceremony, going to compete, a bare series
UNHOSTED = re.compile(r"(?:颁奖典礼|典礼|仪式|备战)$|^(?:系列|相关|各类|各项|其他|其它|庆祝|系列庆祝)?活动$")
COUNT_OF_EDITIONS = re.compile(r"^[两三四五六七八九十2-9]届(?=[\u4e00-\u9fff“])")  # 5届东北亚博览会: how many, not the name
QUOTES = re.compile(r"[“”\"]")


def _pieces(name: str) -> list[str] | None:
    """The events of a glued name, or None when it is one name."""
    cuts = [m for m in JOIN.finditer(name) if 0 < m.start() and m.end() < len(name)]
    if not cuts:
        return None
    pieces, at = [], 0
    for m in cuts:
        pieces.append(name[at:m.start()])
        at = m.end()
    pieces.append(name[at:])
    kept = []
    for p in pieces:
        if UNHOSTED.search(QUOTES.sub("", p)):
            continue
        if len(QUOTES.sub("", p)) < 3 or not EVENT_END.search(p) or NOT_EVENT_END.search(p):
            return None  # 茶叶和柑橘国际采购商大会: one side is no event, the name is one
        kept.append(COUNT_OF_EDITIONS.sub("", p))
    return kept if kept and EVENT_END.search(pieces[-1]) else None


def joined_events(found: list[_Found] | tuple[_Found, ...], text: str) -> list[_Found]:
    """第二届冰雪节和“一带一路”冰雪季 -> 第二届冰雪节, 一带一路冰雪季; 颁奖典礼和第六届…大赛 -> 第六届…大赛."""
    if "和" not in text and "及" not in text:
        return list(found)
    out: list[_Found] = []
    names = {(f.kind, f.name) for f in found}
    for f in found:
        pieces = _pieces(f.name) if f.kind == "project" and ("和" in f.name or "及" in f.name) else None
        if not pieces:
            out.append(f)
            continue
        for p in pieces:
            if ("project", p) not in names:
                names.add(("project", p))
                out.append(_Found("project", p, f.start, f.end, f.rank))
    return out
