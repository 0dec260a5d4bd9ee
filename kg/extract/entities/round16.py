"""Round 16 (progP, programs): precision fix for a structure of corpus reports (seed 1601 sample)."""

from __future__ import annotations

import re

from .sentence import _Found, _Sentence

# A clause read as one name: 争取长春市纳入国家城市设计试点, 一批前沿基础探索项目列入国家973计划, 选取若干镇村作为试点,
# 县道和地方公路纳入升级改造计划. The subject that is put into a programme (纳入, 列入) or taken as one (作为) is no part of
# the programme's name; no gold file has a program with 纳入, 列入 or 作为 outside quotes. Such names in 15 of 200
# random corpus reports (16 names, every one wrong; seed 1601). What follows 纳入/列入 is kept when it is a national
# programme named as such (国家…试点/计划, 全国…试点: 国家城市设计试点, 国家973计划); else the name is dropped.
CLAUSE_VERB = re.compile(r"纳入|列入|(?<!担当)(?<!不)(?<!有)作为")  # 担当作为, 不作为 are words
NATIONAL_TAIL = re.compile(r"(?:纳入|列入)(?P<tail>(?:国家|全国)[^“”、，。；]{3,24}(?:试点|计划))$")
QUOTED = re.compile(r"“[^“”]*”")  # a verb inside quotes is part of a quoted name: “维护核心、铸就忠诚、担当作为…”


def _clause_names(s: _Sentence) -> None:
    kept: list[_Found] = []
    names = {f.name for f in s.found if f.kind == "program"}
    for f in s.found:
        if f.kind != "program" or not CLAUSE_VERB.search(QUOTED.sub("", s.text[f.start:f.end])):
            kept.append(f)
            continue
        m = NATIONAL_TAIL.search(f.name)
        if m and m.group("tail") not in names:
            cut = f.end - len(m.group("tail")) if s.text[f.start:f.end].endswith(m.group("tail")) else f.start
            kept.append(_Found(f.kind, m.group("tail"), cut, f.end, f.rank))
            names.add(m.group("tail"))
    s.found = kept


def round16_programs(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "纳入" in s.text or "列入" in s.text or "作为" in s.text:
        _clause_names(s)
