"""Round 25c (indHA): a figure whose own words name only a part of a total — a level or a place —, the measured thing
being named before it.

A total, then its breakdown by area or by level, the members written with no measure of their own:
全州接待游客1.6亿人次…，其中州直8445万人次、塔城地区3500万人次 (dev28 伊犁: 州直游客, 塔城地区游客);
新增省级“专精特新”企业105家、国家级4家; 充电桩达到70万台以上，其中农村超过14万台; 新增城区义务教育学位8.51万个，其中
中心城区3.2万个. The base named such a figure by the member alone (州直, 国家级, 农村). The member is what tells the items
apart and the total's indicator is what they measure, so the figure takes the member + the total's indicator (dev28's
convention, GUIDELINES' 分别 lists: 城镇/农村居民人均可支配收入); a level word replaces the total's own level
(省级“专精特新”企业 -> 国家级“专精特新”企业). The figures that a 分别 after the list gave the member's name follow
(…，分别增长15%、39.6% -> 州直游客, 塔城地区游客); so does a measure written before the first member
(游客花费州直705.7亿元、塔城地区245亿元 -> 州直游客花费, 塔城地区游客花费).

A member is a word of `kg/data/round25c_breakdown_members.txt` (closed classes: levels, scopes) or a division's full name
(`kg/data/divisions.tsv`), written alone between the figure before (、 ， or 其中) and the figure, a verb of reaching
allowed (其中农村超过14万台). The total is the nearest figure before in the same unit that is no member. Counted things
that end like places (示范村, 贫困村) are no member: they are not in the closed lists.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..numbers import Quantity

REACH = r"(?:达到|达|为|实现|完成|超过|突破|有|共|新增|增长|下降|增加|减少)?"
# What may follow a member's figure: the list goes on or the clause ends (not a noun it counts: 句容市7个村入选).
AFTER = re.compile(r"(?:以上|左右|多|余)?(?:$|[，,、；;。）)和及])")
LEAD = re.compile(r"^(?:以上|左右|多|余)?(?:[，,]?其中[：:，,]?|[、，,])")


@cache
def _members() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("kg.data")
    words = [w.strip() for w in data.joinpath("round25c_breakdown_members.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    places = set()
    for line in data.joinpath("divisions.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 2 and not line.startswith("#") and len(cols[1]) >= 3:
            places.add(cols[1])
    return frozenset(words), frozenset(places)


@cache
def _by_length() -> tuple[str, ...]:
    return tuple(sorted(_members()[0] | _members()[1], key=len, reverse=True))


@cache
def _levels() -> list[str]:
    return sorted((w for w in _members()[0] if "级" in w), key=len, reverse=True)


def is_member(name: str) -> bool:
    words, places = _members()
    return name in words or name in places


def _compose(member: str, total: str) -> str | None:
    if not total or is_member(total) or member in total:
        return None
    if "级" in member:
        for level in _levels():
            if level in total:
                return total.replace(level, member, 1)  # 省级“专精特新”企业 -> 国家级“专精特新”企业
        return member + total
    for k in range(min(len(member), len(total)) - 1, 1, -1):
        if member.endswith(total[:k]):
            return member + total[k:]  # 中心城区 + 城区义务教育学位 -> 中心城区义务教育学位
    for word in _members()[0]:
        if "级" not in word and total.startswith(word):
            return None  # 城市居民健康档案规范化建档率达到40%，农村达到15%: the total names its own scope
    return member + total


def breakdowns(text: str, quantities: list[Quantity], result: list[str]) -> None:
    """Name a figure written after a member only by the member and the total's indicator (in place)."""
    original = list(result)
    for i in range(1, len(quantities)):
        member = original[i]
        if not is_member(member):
            continue
        q = quantities[i]
        gap = text[quantities[i - 1].end:q.start]
        lead = LEAD.match(gap)
        if not lead or not re.fullmatch(re.escape(member) + REACH, gap[lead.end():]):
            continue
        if not AFTER.match(text, q.end):
            continue  # 句容市【7个】村入选: a count of the noun written after it
        j = i - 1
        while j >= 0 and (quantities[j].unit != q.unit or is_member(original[j])):
            if re.search(r"[；;。]", text[quantities[j].end:quantities[j + 1].start]):
                j = -1
                break
            j -= 1
        if j < 0 or re.search(r"[；;。]", text[quantities[j].end:q.start]):
            continue
        total = result[j]
        before = original[j]
        for word in _by_length():
            # 游客花费州直705.7亿元、塔城地区245亿元: the first member written after the measure
            if before.endswith(word) and len(before) > len(word) and text[:quantities[j].start].endswith(before):
                total = before[:-len(word)]
                first = _compose(word, total)
                if first:
                    _rename(text, quantities, result, original, j, before, first)
                break
        name = _compose(member, total)
        if name:
            _rename(text, quantities, result, original, i, member, name)


def _rename(text: str, quantities: list[Quantity], result: list[str], original: list[str], i: int, old: str,
            new: str) -> None:
    result[i] = new
    for k in range(i + 1, len(quantities)):
        between = text[quantities[i].end:quantities[k].start]
        if re.search(r"[；;。]", between):
            break
        if original[k] == old and old not in between and "分别" in between:
            result[k] = new  # …，分别增长15%、39.6%: the figures 分别 gave the member's name
