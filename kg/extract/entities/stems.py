"""Stems: whether a modifier names one thing or a class of things."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..tokens import pos as _pos
from ..tokens import word_frequency
from .lexicon import _lexicon
from .patterns import (
    BRIDGE_HEADS,
    CLASS_END,
    COMMON_PROPER,
    COMMON_SINGLE,
    INTO_END,
    LEVEL_PREFIX,
    NOT_A_BRIDGE,
    PHASE_AT_END,
    PROPER_FLAGS,
    TOPONYM_END,
)
from .sentence import _clean

# ---- stems: a named thing or a class of things ----------------------------------------------


@lru_cache(maxsize=131072)
def pos(text: str) -> tuple[tuple[str, str], ...]:
    """jieba words and tags of a short string (a stem, a window around a head), cached."""
    return tuple(_pos(text))


BILATERAL = re.compile(r"中[日欧美俄德法韩新英非阿马哈蒙缅老越泰印巴意以澳](?![国华央心部型小])")  # 中日创新合作中心


@lru_cache(maxsize=65536)
def _is_named(stem: str, strict: bool = False) -> bool:
    """Whether a modifier names one thing (雅山, 第三, 君悦四季) rather than a class (社区卫生服务);
    strict: only by a place, a figure or a name jieba knows, not by characters it cannot place."""
    stem = _clean(stem)
    if _IS_NAMED_RE1.search(stem):
        return True
    if not stem:
        return False
    if CLASS_END.search(stem):
        words = pos(stem)  # 中科空天飞行科技产业化: a named modifier before a class word still names one thing
        rest = stem[: -len(words[-1][0])] if len(words) > 1 and len(words[-1][0]) >= 3 else ""
        return len(rest) >= 2 and not CLASS_END.search(rest) and _is_named(rest, strict=True)
    if TOPONYM_END.search(stem) or _place_prefix(stem) or BILATERAL.match(stem):
        return True
    words = pos(stem)
    if not strict and len(stem) == 2 and (len(words) == 2 or words[0][1] == "j" and stem not in COMMON_PROPER):
        return True  # 兰秦, 中马, 京沪: an abbreviation of places
    for word, flag in words:
        if flag.startswith(PROPER_FLAGS) and word not in COMMON_PROPER and (flag != "m" or word[0] == "第"):
            return True
        if flag == "j" and len(word) == 3 and word[-1] in "大工":
            return True  # 合工大, 中科大, 北理工: a university by its abbreviation
        if not strict and len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in COMMON_SINGLE and len(stem) >= 3:
            return True
    return False


@cache
def _places() -> frozenset[str]:
    """Names of divisions down to counties, with their short forms (杭州, 顺德): a name starting with
    one names a thing of that place."""
    from ...gazetteer import gazetteer, short_name

    gaz = gazetteer()
    names = set()
    for division in gaz.by_code.values():
        if division.level in ("province", "prefecture", "county"):
            names.add(division.name)
            short = short_name(division.name)
            if len(short) >= 2:
                names.add(short)
    return frozenset(n for n in names if n not in COMMON_PROPER)


def _place_prefix(stem: str) -> bool:
    places = _places()
    return any(stem[:k] in places for k in range(2, min(len(stem), 8) + 1))


@lru_cache(maxsize=4096)  # perf: names repeat within a report (17,703 calls for 6,845 names on 40 reports)
def _head_of(name: str) -> str | None:
    lex = _lexicon()
    m = lex.head_at_end.search(name)
    if m and m.group(0).startswith("会") and lex.head_role.get(
            (e := lex.head_at_end.search(name, 0, m.start() + 1)) and e.group(0)) == "event" and len(e.group(0)) >= 3:
        m = lex.head_at_end.search(name, m.start() + 1) or m  # 广交会展馆: the event's 会 is no part of the head 会展馆
    if m and m.group(0) in BRIDGE_HEADS and (len(name) <= 2 or NOT_A_BRIDGE.search(name) or "至" in name):
        return None  # 双桥, 丁桥: a place named after a bridge; 危桥, 路桥, 昌宁至链子桥: no bridge's name
    return m.group(0) if m else None


@lru_cache(maxsize=4096)  # perf: 10,218 calls for 4,395 names on 40 reports
def _stem(name: str) -> str:
    """The name without its head and what is done to it: 雅山 of 雅山污水处理厂提标改造."""
    lex = _lexicon()
    name = PHASE_AT_END.sub("", name) or name
    name = lex.works_at_end.sub("", name) or name
    head = _head_of(name)
    stem = name[: -len(head)] if head and len(head) < len(name) else ("" if head else name)
    return ROUTE_GRADE.sub("", stem) if head in ("公路", "路") and "至" in stem else stem


# round 13: the grade of a road named by its ends (海流图至五原一级公路, 合作至和政三级公路; 129 corpus reports) is no part
# of what names it
ROUTE_GRADE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[一二三四]级$")


@lru_cache(maxsize=4096)  # perf: 5,784 calls for 4,765 names on 40 reports
def _named(name: str, institution: bool = False) -> bool:
    """A name of one thing: a named modifier (雅山污水处理厂) or, for an institution, the prefix of the
    unit it belongs to (市第五中学, 区医疗集团)."""
    stem = _stem(name)
    if _NAMED_RE1.search(name) or INTO_END.search(stem):
        return False  # 国内五大车展, 中华优秀传统文化进学校
    if institution and (LEVEL_PREFIX.match(name) or re.match("中国|国家", name)):
        return not CLASS_END.search(stem)
    return _is_named(stem)


RARE = 100  # jieba's dictionary counts: trades (钢铁 2610, 物流 610) are common, trading names (玉柴 3) rare


@lru_cache(maxsize=65536)
def rare_word(text: str) -> bool:
    """A single dictionary word jieba has seldom seen: a trading name (玉柴, 厦航, 比亚迪), not a trade."""
    words = pos(text)
    return len(words) == 1 and len(text) >= 2 and word_frequency(text) < RARE


@lru_cache(maxsize=65536)
def common_word(text: str) -> bool:
    """A single word jieba sees often (通讯 1473, 教育 23961): a sector, even where jieba tags it as a name."""
    words = pos(text)
    return len(words) == 1 and word_frequency(text) >= 1000


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_IS_NAMED_RE1 = re.compile(r"[A-Za-z0-9０-９·]")
_NAMED_RE1 = re.compile(r"[0-9]+\s*[个大项家所条批]|[一二三四五六七八九十两]+[个大]|各[^，。]{0,4}一所|了")
