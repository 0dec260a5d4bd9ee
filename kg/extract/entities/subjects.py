"""Projects that open their clause: <named thing>项目 + what is done to it (汪清100兆瓦光伏项目并网发电,
延吉西市场改造项目完成主体工程). The name needs no head word; a place, a figure or a name jieba knows
makes it one thing rather than a kind of work."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _alt, _lexicon
from .patterns import COUNTED, GENERIC_LEAD, HAN, LOOSE
from .sentence import _clean, _cut_after_verb, _Sentence
from .stems import _is_named, _place_prefix, pos


@cache
def _project_then_built() -> re.Pattern:
    built = _alt([*_lexicon().verbs["built"], "完成主体工程", "完成主体", "主体完工", "完成投资", "完成"])
    return re.compile(rf"项目(?:[{HAN}]{{0,2}}?){built}")


NOT_A_NAME = re.compile(r"[0-9０-９]+\s*(?:个|家|项|批|宗|座|条|所|年|月|亿|万元|元)|(?:大|重点|重大|建设|类|个|批|年度|结合|领域)$|"
                        r"^\d{4}|^(?:我|全|本)(?:市|区|县|省|州)")


def _is_verbal_start(name: str) -> bool:
    """新批复681万千瓦, 有13个…: a clause that starts with a verb names no project."""
    words = pos(name)
    if words and words[0][0] in ("新", "再", "又") and len(words) > 1:
        words = words[1:]
    if words and len(words[0][0]) == 1 and words[0][0] not in ("有", "共", "抓", "如", "将", "要") and len(words) > 1 \
            and len(words[1][0]) == 1 and words[1][1][0] in "nj":
        return False  # 建龙钢铁, 安芯, 通威: jieba cuts a company's first character off as a verb
    return bool(words) and (words[0][1].startswith("v") or words[0][0] in ("有", "共"))


def _project_subjects(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        for m in _project_then_built().finditer(s.masked, cs, ce):
            if s.masked.startswith("等", m.start() - 1) or m.start() - cs < 3:
                continue  # …等项目开工: the list rule's
            start = _cut_after_verb(s, cs, m.start(), ("build",))
            if "等" in s.masked[start:m.start()]:
                continue  # a list: _lists takes it
            at = start
            for part in re.split("、", s.masked[start:m.start()]):
                a, b = at, at + len(part)
                at = b + 1
                name = _clean(s.text[a:b])
                if not 3 <= len(name) <= 24 or COUNTED.match(name) or GENERIC_LEAD.match(name) or LOOSE.search(name) \
                        or re.search(r"[等的和及与]", name) or NOT_A_NAME.search(name) or _is_verbal_start(name):
                    continue
                if _place_prefix(name) or re.search(r"[0-9A-Za-z]", name) or _is_named(name, strict=True):
                    s.add("project", a, b, 1, name)
