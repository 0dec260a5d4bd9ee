"""Round 20b (projCB): a named works lost beside a found one in a 、 list (round 20's pair rule, extended to 、).

Pattern (corpus seed 2012, `eval/corpus_samples/entM/round20b_lists/scan_lost.py`): a list A、B[、C…] in a works frame where
some items are found as projects and a neighbour, a named place or facility, is not:

- 推进光谷黄冈科技产业园、武穴电子信息园二期、散花科技园建设 -> 散花科技园;
- 推进鞍山医院、结核医院、精神康复医院建设; 加快推进红星国际广场、万熹城市广场、银光购物中心等重点项目建设 -> 银光购物中心;
- 加快省文化活动中心、省美术馆、东北抗联纪念馆建设 -> 东北抗联纪念馆.

The neighbour is read with round 20's `_second` (a name ending in a place or facility head of `entity_heads.txt`, before a
name's end, whose modifier holds a proper name or Latin letters) — the same test round 20 gives the second of a 和/及 pair:
a class of facilities (煤炭物流园, 区域医疗中心, 稀土制品产业园, 儿童医院) has no proper name and stays out.
An item before the found one (its first neighbour) starts after the previous 、 or, for the list's first item, after the
clause's lead verbs (`sentence._strip_lead`); an item still opening with a verb or adverb is left alone.
"""
from __future__ import annotations

import re

from ..tokens import pos
from .patterns import GENERIC_LEAD, _Found
from .round19c_bounds import _ATTACHED
from .round20_lists import _LEVEL, _NAME_END, _PART, _second
from .sentence import _strip_lead
from .stems import _head_of

_CLAUSE_START = re.compile(r"[，。；：！？,;:（(]")
_LAST_CLAUSE_START = re.compile(r"(?s:.*)" + _CLAUSE_START.pattern)
_CLAUSE_END = re.compile(r"[，。；：！？,;:]")
# 西南地区重要的能源基地, 厦门建设未来科技城, 西北具有影响力的化工产业基地: a description or a clause, not one name
_NOT_NAME = re.compile(r"的|建设|打造|具有|创建")
# 集中式光伏电站, 新型显示产业园: a kind of facility led by a descriptor (jieba tags 光伏 as an abbreviation, j)
_KIND_LEAD = re.compile(r"[\u4e00-\u9fff]{1,3}[式型性](?!路|街|大道)")
# heads a list item may share with a found neighbour without a proper name of its own: roads, bridges, plants, hospitals,
# reservoirs (兴业大道、建国大道, 新机场污水处理厂, 结核医院: 16 of 17 right on seed 2012's 200); other heads (产业园, 中心, 小镇,
# 口岸, 基地) gave classes as often as names there (数字小镇、绿色小镇, 航空口岸, 外贸转型升级示范基地: 64% right), left out
_PEER_HEADS = frozenset(("大道", "路", "高速", "高速公路", "公路", "大桥", "桥", "隧道", "铁路", "污水处理厂", "水厂", "医院", "水库"))
# a count or quantifier before the list's first item (一批, 一系列, 若干, 5个): the items are a class
_COUNT_BEFORE = re.compile(r"(?:一批|一系列|系列|若干|多个|一些|各类|各种|[0-9一二三四五六七八九十两]+[个座处所家项条])$")
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{3,16}")


def _free(found: list[_Found], a: int, b: int) -> bool:
    """No found name (any kind) overlaps text[a:b]."""
    return not any(g.start < b and a < g.end for g in found)


def _peer(text: str, a: int, stop: int, peer_head: str | None) -> str | None:
    """The named works that starts at a (one list item, inside text[a:stop]): round 20's test (a proper name before a place or
    facility head), or, beside a found item with the same head (…广场、…广场、银光购物中心 no; 兴业大道、建国大道 yes), a name
    of 2+ characters before that head that is no class, level or count."""
    if _ATTACHED.match(text, a) or _PART.match(text, a) or _LEVEL.match(text, a) or _KIND_LEAD.match(text, a):
        return None
    # perf: the jieba cut of the item's first word (a lead verb: no name) is asked last, only of a name found otherwise
    name = _second(text, a, stop)
    if name:
        if _NOT_NAME.search(name):
            return None
    else:
        if peer_head not in _PEER_HEADS:
            return None
        nxt = text.find(peer_head, a, stop)
        if nxt < 0:
            return None
        name = text[a:nxt + len(peer_head)]
        if len(name) - len(peer_head) < 2 or not _ITEM.fullmatch(name) or GENERIC_LEAD.match(name) \
                or _NOT_NAME.search(name) or _head_of(name) != peer_head or not _NAME_END.match(text, a + len(name)):
            return None
    word, flag = (pos(text[a:stop]) or (("", ""),))[0]
    if flag.startswith(("v", "d", "p", "c", "r", "m")) and len(word) > 1:
        return None  # 聚力推动西南…, 高标准打造…: a lead the lead list lacks
    return name


def round20b_lists(found: list[_Found], text: str) -> list[_Found]:
    """推进…科技产业园、武穴电子信息园二期、散花科技园建设 -> 散花科技园 too (a named item lost beside found ones)."""
    if "、" not in text:
        return found
    projects = [f for f in found if f.kind == "project" and text.startswith(f.name, f.start)]
    if not projects:
        return found
    names = {(f.kind, f.name) for f in found}
    out = list(found)
    for f in projects:
        # the next item: after 、, up to the next 、 or the list's end
        if text.startswith("、", f.end):
            s2 = f.end + 1
            end = _CLAUSE_END.search(text, s2)
            stop = end.start() if end else len(text)
            nxt = text.find("、", s2, stop)
            name = _peer(text, s2, stop, _head_of(f.name))
            if name and (nxt < 0 or s2 + len(name) <= nxt) and _free(out, s2, s2 + len(name)):
                _add(out, names, name, s2, f.rank)
        # the item before: after the previous 、, or the clause's lead for the first item
        if f.start > 0 and text[f.start - 1] == "、":
            b = f.start - 1
            last = _LAST_CLAUSE_START.match(text, 0, b)  # perf: the last clause start before b in one scan
            cs = max(text.rfind("、", 0, b), last.end() - 1 if last else -1)
            a = cs + 1 if cs >= 0 and text[cs] == "、" else _strip_lead(text, cs + 1, b)
            if _COUNT_BEFORE.search(text, max(0, a - 4), a):
                continue  # 打造一批康养旅游基地、…: a counted class of the items, not a name
            if b - a >= 3 and _free(out, a, b):
                name = _peer(text, a, b + 1 if b < len(text) else b, _head_of(f.name))
                if name and a + len(name) == b:
                    _add(out, names, name, a, f.rank)
    return out


def _add(out: list[_Found], names: set, name: str, start: int, rank: int) -> None:
    if ("project", name) in names or any(g.kind == "project" and name in g.name for g in out):
        return
    names.add(("project", name))
    out.append(_Found("project", name, start, start + len(name), rank))
