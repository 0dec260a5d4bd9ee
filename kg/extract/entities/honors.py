"""Honors after 荣获/被评为/被命名为/入选/…, with their recipients."""

from __future__ import annotations

import re

from .lexicon import _lexicon, _verbs_of
from .patterns import COUNTED, FIGURE_AFTER, HAN, MEASURE, NUMBER, _Honor
from .sentence import _adjacent_quotes, _clean, _Sentence, _strip_lead

# ---- honors ----------------------------------------------------------------------------------


def _honors(s: _Sentence) -> None:
    lex = _lexicon()
    for ci, (cs, ce) in enumerate(s.clauses):
        subject_start = cs
        last: list[str] | None = None
        for m in lex.honor_trigger.finditer(s.masked, cs, ce):
            if m.start() < subject_start:
                continue
            titles = _titles(s, m.end(), ce, m.group(0))
            if not titles:
                continue
            recipients = _recipients(s, ci, subject_start, m.start(), last)
            if recipients is None:
                continue
            for ts, te, title in titles:
                s.blocked.append((ts, te))
                for r in recipients:
                    s.honors.append(_Honor(title, r, ts, te))
            last = recipients
            subject_start = _after_stop(s.masked, titles[-1][1], ce)


def _titles(s: _Sentence, start: int, ce: int, trigger: str) -> list[tuple[int, int, str]]:
    """The titles after a trigger, up to 称号/荣誉/创建 or the clause end, each ending with a title head."""
    lex = _lexicon()
    if s.masked.startswith("为", start):
        start += 1
    text = s.masked[start:ce]
    following = lex.honor_trigger.search(text)  # …示范村镇、铁城村获评…: the next honor starts its own subject
    if following:
        cut = text.rfind("、", 0, following.start())
        text = text[:cut] if cut > 0 else text[:following.start()]
    stop = lex.honor_stop.search(text)
    explicit = bool(stop and "称号" in stop.group(0) or stop and "荣誉" in stop.group(0))
    if stop:
        if FIGURE_AFTER.match(text, stop.end()) and stop.group(0) == "等":
            return []
        text = text[:stop.start()]
    elif FIGURE_AFTER.search(text[-6:]) and re.search(r"\d+[个家所项处]$", text):
        return []
    parts = _title_parts(text)
    if len(parts) == 1 and (quoted := _adjacent_quotes(text, 0, len(text))):
        parts, at = [], 0
        for q in quoted:
            parts.append((at, at + len(q) + 2))
            at += len(q) + 2
    out = []
    for ps, pe in parts:
        title = _clean(text[ps:pe])
        while (m := lex.honor_ordinal.match(title)) and m.end() > 0:
            title = title[m.end():]
        title = re.sub(rf"^((?:全国|全省|全市|全区|全疆|国家级?|省级?|自治区级?|市级)){lex.honor_ordinal.pattern}",
                       r"\1", title)
        title = _trim_title(title)
        if title is None or not 5 <= len(title) <= 40 or re.search(rf"[0-9]+\s*[{MEASURE}枚]", title):
            return out
        if trigger in lex.honor_weak and not explicit and not _strong_title(title):
            return out
        out.append((start + ps, start + pe, title))
    return out


def _after_stop(masked: str, at: int, ce: int) -> int:
    m = re.match(r"[”’]?(?:荣誉称号|称号|荣誉)?", masked[at:ce])
    return at + m.end()


def _title_parts(text: str) -> list[tuple[int, int]]:
    """Split titles at 、/和/及 only where every part ends with a title head."""
    cuts = [m.span() for m in re.finditer(r"、|和|及", text)]
    parts, at = [], 0
    for a, b in cuts:
        parts.append((at, a))
        at = b
    parts.append((at, len(text)))
    if len(parts) > 1 and all(_trim_title(_clean(text[a:b])) == _clean(text[a:b]) for a, b in parts[:-1]):
        return parts
    return [(0, len(text))]


def _trim_title(title: str) -> str | None:
    """The title up to its last head word (自治区双拥模范区 of 自治区双拥模范区创建“四连冠”)."""
    head = _lexicon().honor_head
    for end in range(len(title), 1, -1):
        if head.search(title[:end]):
            return title[:end]
    return None


def _strong_title(title: str) -> bool:
    return bool(re.search(r"全国|国家|全省|省级|自治区|全市|市级|中国|世界|联合国|国际|亚洲", title)) and bool(
        re.search(r"示范|先进|模范|优秀|标兵|十佳|百强|文明|卫生|园林|试点|奖|冠军|名录|典型|称号|基地", title))


SUBJECT_TAIL = re.compile(r"(?:成功|先后|再次|连续[一二三四五六七八九十\d]+[年届次]|均|都|全部|分别|相继|已|还|也|又|首次|"
                          r"第?[一二三四五六七八九十\d]+[年届次]|率先|一举|被|同时|并|一次性|顺利|正式|首|"
                          r"(?:成为)?(?:全国|全省|全市|全区|全疆|西北|全州)?(?:唯一|首个|首家|首批))+$")
INTENT = re.compile(r"力争|争取|争创|努力|确保|积极创建|申报|申创|冲刺|全力|加快创建|推进创建|创建|计划|拟|将")


def _recipients(s: _Sentence, ci: int, start: int, trigger_start: int, last: list[str] | None) -> list[str] | None:
    """The subject of the clause, split at 、和及; [""] for the reporting unit; None when it is a count
    or an intent (力争入选…) rather than an honor received."""
    if INTENT.search(s.masked[max(0, trigger_start - 6):trigger_start]):
        return None
    text = SUBJECT_TAIL.sub("", s.masked[start:trigger_start])
    text = re.sub(r"^(?:[、，和及并]|\d{4}年(?:度)?|今年|去年|同时|此外|其中|全年)+", "", text)
    if not text:
        if last is not None:
            return last
        if ci > 0:  # “…”工作法，被评为…: the previous clause is the subject when it is a bare name
            ps, pe = s.clauses[ci - 1]
            prev = _clean(s.text[ps:pe])
            if ps == 0 and re.search(r"(?:工作法|模式|机制|品牌|项目|工程)$", prev) and len(prev) <= 32:
                return [prev]
        return [""]
    if re.search(r"(?:方面|工作|领域|经验|做法|成效|成果|水平)$", text):
        return [""]
    text = _subject_after_verb(text)
    m = re.search(rf"等(?:{NUMBER}[{MEASURE}])?[{HAN}]{{0,6}}$", text)
    if m:
        text = text[:m.start()]
    names = [_clean(p) for p in _split_subject(text)]
    names = [n for n in names if n]
    if not names or any(COUNTED.search(n) for n in names) or any(len(n) > 25 for n in names):
        return None
    return [re.sub(rf"^[{HAN}]{{1,5}}?(?:区|县|市)(?=[{HAN}]{{2,8}}(?:街道|镇|乡)$)", "", n) for n in names]


def _split_subject(text: str) -> list[str]:
    parts = re.split(r"、", text)
    out = []
    for part in parts:
        pieces = re.split(r"和|及|与", part)
        if len(pieces) > 1 and all(len(p) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _subject_after_verb(text: str) -> str:
    """The subject without the verbs before it (助力首府 -> 首府); a clause whose subject does something
    (通江县创新…融合壮大…) gives its unit (通江县) or the reporting unit."""
    text = text[_strip_lead(text, 0, len(text)):]
    text = re.sub(r"^(?:助力|推动|支持|帮助|带动|指导|促进|引导|推进)", "", text)
    verb = _verbs_of(("build", "program")).search(text)
    if verb and verb.start() > 0:
        unit = re.match(rf"[{HAN}]{{2,10}}?(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道)", text[:verb.start()])
        return unit.group(0) if unit and unit.end() == verb.start() else ""
    return text
