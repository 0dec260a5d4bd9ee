"""Round 25 (indDA): figures assigned item by item in a from-to list (分别由/从 X、Y 增加到 X′、Y′).

A list of k subjects followed by 由/从 k figures and a verb to 到/至 k more figures (城镇和农村居民人均可支配收入分别由21604元、
8002元增加到30780元、12200元; 职工、居民医保最高支付限额分别由20万元、13万元提高到54万元、42万元; 新增内资企业数和注册资金额
由17669家、770亿元分别增加到37786家、2379亿元): each member measures its figure of the first k and its figure of the last k,
as GUIDELINES' 分别 example spells each member out (城镇居民人均可支配收入 / 农村居民人均可支配收入) and sample O accepts
个体工商户 / 私营企业 for the four figures of 个体工商户和私营企业分别由上年的175.3万户和25.86万户增加至185.5万户和32.3万户.
Before this, every one of the 2k figures took the whole list (5 of 200 corpus reports, seed 2501; 75 of 2,941). The same
holds for a level and its growth in one clause (城乡居民收入分别达27266元和11972元、增长9.2%和10.6%; 2 of 200).
The members are split as for a 分别 list of k figures (`indicators.distribute`), and the clause after takes the same members
when it lists k figures with no subject of its own (…，增长5.8%和24.9%: `_follow`).

Fix 2: one figure shared by a list, after 均/双双/都 (进出口总值、实际利用外资均增长5%, 一般公共预算总收入、地方一般公共预算收入
均增长5.5%, 游客接待人数和旅游收入双双增长20%): the indicator is the whole list, as dev2 (城镇和农村常住居民人均可支配收入均增长
8%) and dev3 (旅游接待人次、总收入均增长20%以上; 特困人员供养率和孤儿集中收养率均保持在100％; 社会消费品零售总额和商品进出口
总值双双超过1万亿元) write it. The base code kept only the last member, or cut the first member's front, in 12 of 200 corpus
reports (seed 2501). A list ending in 等 keeps its class (…食品饮料等产业增加值 -> 产业增加值, as `indicators.before`).

Called once, from the end of `measurements._distribute` (`assign`); it only writes figures of a clause of those shapes, so it
is safe on names that other rules produce for the other clauses.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..numbers import Quantity
from . import indicators

# What joins the figures of one half (175.3万户和25.86万户, 8090元左右、3006元左右); a space a PDF left around them.
_JOIN = re.compile(r"\s*(?:左右|以上|多|余)?\s*[、和及与]\s*")
# Between the two halves: a verb and 到/至 (增加到, 提高至, 分别增加到, 降至, 缩小到), maybe after a qualifier.
_TURN = re.compile(r"\s*(?:左右|以上|多|余)?\s*(?:分别)?(?:增加|提高|提升|增长|上升|扩大|下降|降低|减少|缩小|缩减|调整|升|降|增|减)?"
                   r"(?:到|至)\s*")
# The clause before the first figure: the list, maybe 分别, then 由/从 and at most a point of time (上年的, 2000年的, 过去).
_LEAD = re.compile(r"(?P<list>.+?)(?:分别)?(?:由|从)(?:上年|去年|前年|\d{4}年(?:底|末)?|“[^“”]{2,6}”末|过去|最高时期)?的?(?:年?人均|每人每[年月])?\s*$")
# The same list with a level and its growth, the halves joined by 、 and a growth verb (城乡居民收入分别达27266元和11972元、
# 增长9.2%和10.6%): 分别 and a verb of reaching before the first half.
_TURN_GROWTH = re.compile(r"\s*(?:左右|以上|多|余)?\s*、\s*(?:同比|比上年)?(?:增长|增加|提高|下降|减少|上升)\s*")
_LEAD_LEVEL = re.compile(r"(?P<list>.+?)分别(?:达到|达|为|突破|实现)\s*$")


# 均/双双/都 before a verb and the one figure of the clause; not 年均, 人均, 亩均, 户均, 平均, 生均, 日均, 月均.
_SHARED = re.compile(r"(?<![年人亩户平生日月])(?:均|双双|都)(?:比上年|同比|较上年)?[^\d、，,；;。和及与等]{0,5}$")


# Tags of a verb or a modifier of one (新|签约): a front of these alone is a governing verb, not a member's part.
_VERBAL = frozenset({"v", "a", "d", "ad", "p", "vd"})
# Where a list's first member ends.
_MEMBER_BREAK = re.compile("[、和及与]")


def assign(text: str, quantities: list[Quantity], result: list[str],
           follow: Callable[[str, list[Quantity], list[str], int, list[str]], None]) -> None:
    """Round 25's two list shapes: a from-to list (2k figures) and one figure shared by a list."""
    from_to(text, quantities, result, follow)
    shared(text, quantities, result)


def shared(text: str, quantities: list[Quantity], result: list[str]) -> None:
    """进出口总值、实际利用外资均增长5% -> 进出口总值、实际利用外资 (not 实际利用外资): the list the figure is shared by."""
    start = 0
    for brk in [*indicators.CLAUSE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        group = [i for i, q in enumerate(quantities) if start <= q.start and q.end <= end]
        clause_start, start = start, brk.end() if brk else len(text)
        if len(group) != 1 or not result[group[0]]:
            continue
        i = group[0]
        mark = _SHARED.search(text, clause_start, quantities[i].start)
        if not mark or "等" in text[clause_start:mark.start()]:
            continue
        lead = text[clause_start:mark.start()]
        joined = indicators.clean(indicators._drop_leading_verbs(indicators.LEADING.sub("", indicators.strip_trailing(lead))))
        current = result[i]
        if len(joined) <= len(current) or not joined.endswith(current) or all(
                flag in _VERBAL for _word, flag in indicators.pos(joined[:len(joined) - len(current)])):
            continue  # …or only a verb before the list the figure had (新签约|长三角来淮投资项目数、资金额): not this rule's
        first = _MEMBER_BREAK.split(current, 1)[0]
        if first != current and first not in indicators.BARE_AMOUNTS:
            # the figure had the list already; its front is this rule's only when the first member was cut to a bare
            # amount (游客接待|人数和旅游收入, 旅游接待|人次、总收入), not a governing verb or a scope before a whole one
            # (办理|人大代表建议和政协提案满意率, 实现新雪季接待|游客人次、出游总花费): the left edge is not a list's
            continue
        if any(word == "、" or (word in ("和", "及", "与") and flag == "c") for word, flag in indicators.pos(joined)):
            result[i] = joined


def from_to(text: str, quantities: list[Quantity], result: list[str],
            follow: Callable[[str, list[Quantity], list[str], int, list[str]], None]) -> None:
    """Assign each member of a from-to list its two figures (and the k figures of the next clause, by `follow`)."""
    start = 0
    for brk in [*indicators.CLAUSE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        group = [i for i, q in enumerate(quantities) if start <= q.start and q.end <= end]
        clause_start, start = start, brk.end() if brk else len(text)
        if len(group) < 4 or len(group) % 2:
            continue
        k = len(group) // 2
        gaps = [text[quantities[a].end:quantities[b].start] for a, b in zip(group, group[1:], strict=False)]
        if not all(_JOIN.fullmatch(g) for j, g in enumerate(gaps) if j != k - 1):
            continue
        if _TURN.fullmatch(gaps[k - 1]):
            # 分别 before 由/从, before the verb, or none (城镇和农村居民人均可支配收入从25041元、7668元增加到…: a list of k
            # and k figures a side read one by one as 城镇和农村居民人均可支配收入33722元和11777元 does, round 14)
            lead = _LEAD.fullmatch(text, clause_start, quantities[group[0]].start)
        elif _TURN_GROWTH.fullmatch(gaps[k - 1]):
            lead = _LEAD_LEVEL.fullmatch(text, clause_start, quantities[group[0]].start)
        else:
            continue
        if not lead:
            continue
        written = indicators.strip_trailing(lead.group("list").lstrip("、，, ").replace("分别", ""))
        subject = indicators.LEADING.sub("", written)
        names = indicators.distribute(subject, k) or (indicators.distribute(written, k) if written != subject else None)
        if not names or len(set(names)) < k:
            continue
        for j, i in enumerate(group):
            result[i] = names[j % k]
        follow(text, quantities, result, quantities[group[-1]].end, names)
