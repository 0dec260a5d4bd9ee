"""Round 26 (indIA): the left edge of a figure's name — whom the action was for (为企业|减税降费1.2亿元 -> 减税降费).

A clause that opens (after a scope word such as 全年, 累计) with 为, 向, 给 or 帮助 and a beneficiary (企业, 市场主体,
困难群众, 园区, 省人大常委会…: kg/data/indicator_beneficiary_heads.txt) measures what was done or given to it, named
after the beneficiary: 为企业贷款66.4亿元 -> 贷款, 向园区下放经济管理权限84项 -> 经济管理权限 (dev28 伊犁, 鸡西),
为企业减免税费、降低用地成本、发放稳岗补贴1.8亿元 -> 减免税费、… (dev2 延边), 累计为企业减税降费… -> 减税降费 (dev3),
为市场主体减轻税费负担… -> 税费负担 (sample H). 向上 (upwards) is such an opening too: 向上争取各类资金 -> 资金
(sample H: 积极向上争取资金 -> 资金). The rest of the clause is named as the rules name any clause (indicators.before).

Not changed: counts of people, households or firms (帮助就业困难人员实现就业3000人, 帮助企业上市5家: the beneficiaries
are what is counted), a beneficiary with 的 or no head, and names that were already inside the rest of the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import indicators

CLAUSE_MARKS = "，,；;。：:！？!?"
OPENING = re.compile(r"(?:全年|累计|共|今年|去年|当年|全市|全区|全县|全省|全州|已|先后|积极|主动|积极主动|还|并|同时|)"
                     r"(?:为|向|给|帮助)")
UPWARDS = re.compile(r"(?:全年|累计|共|今年|去年|当年|已|先后|积极|主动|积极主动|还|并|同时|)向上(?=[\u4e00-\u9fff])")
JOINS = frozenset("、和及与")
# Units that count the beneficiaries themselves (帮助就业困难人员实现就业3000人, 帮助企业上市5家).
PEOPLE_UNITS = frozenset({"人", "人次", "名", "户", "位", "家", "万人", "个人"})


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(sorted(indicators._words("indicator_beneficiary_heads.txt"), key=len, reverse=True))


def _head_end(window: str, start: int) -> int:
    """The end of the first beneficiary head in window[start:] (the longest at a place), or -1."""
    best = (len(window) + 1, 0)
    for head in _heads():
        k = window.find(head, start)
        if k >= 0 and (k, -len(head)) < (best[0], -best[1]):
            best = (k, len(head))
    return best[0] + best[1] if best[1] else -1


def rest_after_beneficiary(clause: str) -> str:
    """What the clause says was done or given after its beneficiary (为企业减免税费 -> 减免税费), or ""."""
    up = UPWARDS.match(clause)
    if up:
        return clause[up.end():]
    m = OPENING.match(clause)
    if not m:
        return ""
    at = m.end()
    window = clause[at:at + 24]
    end = _head_end(window, 0)
    if end <= 0 or "的" in window[:end]:
        return ""
    words = indicators.pos(window)
    pos_at = 0
    for word, flag in words:
        if pos_at + len(word) > end:
            break
        if flag == "v":
            return ""  # 为4.2万人发放…社会救助资金: a verb before the head, which is inside what was given
        pos_at += len(word)
    # a list of beneficiaries goes on to the last head before the first verb after the first head (为一线环卫工人、
    # 建筑工人、企业职工和农村群众|慰问演出)
    verb_at, pos_at = len(window), 0
    for word, flag in words:
        if pos_at >= end and flag == "v":
            verb_at = pos_at
            break
        pos_at += len(word)
    while (more := _head_end(window, end)) > 0 and more <= verb_at and "的" not in window[end:more]:
        end = more
    if window[end:end + 1] in JOINS:
        return ""  # 为企业及职工|降低…: the list goes on with a beneficiary that is no head
    if window[end:end + 1] in ("）", ")"):
        end += 1  # 向镇街（园区）|下放…
    return clause[at + end:]


def trim_beneficiary(text: str, quantities: list, result: list[str]) -> None:
    """Round 26 (indIA): a figure whose clause opens with 为/向/帮助 and a beneficiary is named after the beneficiary
    (in place; the figures that took the same name from it follow)."""
    for i, q in enumerate(quantities):
        name = result[i]
        if not name or q.unit in PEOPLE_UNITS:
            continue
        head = text[:q.start].rstrip(" \u3000")
        if not head.endswith(name):
            continue  # only a name written right before its figure
        cut = max(head.rfind(mark) for mark in CLAUSE_MARKS) + 1
        clause = head[cut:]
        rest = rest_after_beneficiary(clause)
        if len(rest) < 2 or len(name) <= len(rest):
            continue  # the name is already inside what was done
        new = indicators.before(rest) or indicators.relaxed(rest)
        if len(new) < 2 or not rest.endswith(new) or new in indicators.NOT_COUNTED:
            continue
        result[i] = new
        for j in range(i + 1, len(quantities)):
            if result[j] == name and not text[:quantities[j].start].rstrip(" \u3000").endswith(name):
                result[j] = new  # …为企业减负12亿元，增长…: the figures that took its name
