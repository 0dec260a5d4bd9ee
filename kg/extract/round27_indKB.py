"""Round 27 (indKB): what no indicator can hold at its edges — an unclosed bracket, a trailing 共 or 各.

Called at the end of ``measurements.sentence_indicators`` (``edges``), after every other rule has named each figure.
Notes: eval/corpus_samples/ind27_right/round27_indKB/README.md.

Fix 1, an unclosed bracket. A figure written inside a bracket that follows a total (城镇生活污水集中处理率74.5%（其中
市区82.5%）, 城建投资256亿元（含电力建设项目资金23.6亿元）, 100家农民合作社（含农机合作社50家）) was named by the clause read
back from the figure, bracket and all: ``（其中市区``, ``（含电力建设项目资金``, ``农民合作社（含农机合作社``. A name with a
bracket that opens and never closes is wrong in every convention (dev29 ``（其中市中心城区`` for 其中市中心城区2000套; the
official gold, dev2, dev3, dev28 and the samples A–P never keep one; sample K names 其中，规模以上工业增加值增长10% by what
follows the bracket). The name becomes what follows the last unclosed bracket, without the breakdown word that opens it
(其中, 含, 包括): 市区, 电力建设项目资金, 农机合作社. Brackets closed inside the name stay (乡（镇、街道）公办中心幼儿园,
院士（专家)工作站: a closing bracket of either width closes an opening one). Fewer than two characters left: nothing done.
Reach: 7 changed lines in 5 of the 200 reports of seed 2727 (6 right, 1 half); a clause with a verb
(省下达顺德市为8.6‰) or a phase (首期) after the bracket is left. Fresh seed 2781: 3 lines in 1 report (3 half).

Fix 2, a trailing adverb of total or of each. 共 before a figure says "in all" (办理人大代表建议和政协提案共336件, 建成公共文化
设施共1040个, 整村授信合计共6.2亿元); it is no part of what is counted, as 累计, 共计, 合计 are not (the official gold,
dev2: 累计 dropped; the phrase rules strip those already, not a bare 共). Not the 共 of 公共 or 中共; 总共 and 一共 go whole,
and what the base rules strip before a figure is stripped again once 共 is gone (合计共 -> nothing). 各 after a class of
scenic sites (4A级和3A级景区各1个, 国家3A级旅游景区和省级旅游度假区各1家): round 15 keeps 各 after a 区 because a division's
name does not say what is counted (三县各2户, …开发区各100万平方米), but 景区, 度假区 and 旅游区 are the counted things
(dev29 4A级和3A级景区, dev28 …企业各1家 -> without 各, sample O …各3个 -> without 各). Reach: 12 changed lines in 6 of the
200 reports of seed 2727 (共 11 in 5, 各 1; 9 right, 2 half, 1 wrong before and after); fresh seed 2781: 5 lines in
3 reports (2 right, 1 half, 2 wrong before and after).
"""

from __future__ import annotations

import re

from .indicators import strip_trailing
from .tokens import pos

_OPENING = "（("
_CLOSING = "）)"
_BREAKDOWN = re.compile(r"^(?:其中|内含|含|包括|包含)[，,：:]?")
_TOTAL = re.compile(r"(?:总共|一共|(?<![公中])共)$")
_EACH = re.compile(r"(?<=景区|假区|游区)各$")


def _after_unclosed(name: str) -> str | None:
    """What follows the last bracket NAME opens and never closes; None when every bracket closes."""
    opened: list[int] = []
    for i, ch in enumerate(name):
        if ch in _OPENING:
            opened.append(i)
        elif ch in _CLOSING and opened:
            opened.pop()
    if not opened:
        return None
    return _BREAKDOWN.sub("", name[opened[-1] + 1:]).strip()


def _noun_phrase(tail: str) -> bool:
    """No verb in it, and it ends in a noun that is neither a time nor a place (首期, 省下达顺德市为: left)."""
    words = pos(tail)
    return bool(words) and not any(flag == "v" for _, flag in words) and words[-1][1][:1] in ("n", "l", "v") \
        and words[-1][1] not in ("ns", "nr", "nt")


def _edge(name: str) -> str:
    if not name:
        return name
    if "（" in name or "(" in name:
        tail = _after_unclosed(name)
        if tail is not None and len(tail) >= 2 and _noun_phrase(tail):
            name = tail
    if _TOTAL.search(name):
        shorter = strip_trailing(_TOTAL.sub("", name))
        if len(shorter) >= 2:
            name = shorter
    elif _EACH.search(name):
        name = name[:-1]
    return name


def edges(text: str, quantities: list, result: list[str]) -> None:
    """Clean each indicator's unclosed bracket and trailing 共/各 (in place)."""
    for i, name in enumerate(result):
        if name:
            result[i] = _edge(name)
