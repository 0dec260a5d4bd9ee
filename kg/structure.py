"""Find metadata, sections and sentences (stage 2: Document -> Report).

Headings these reports use, outermost first: bare part headings (2023年工作回顾, 2024年重点工作,
名词解释), 一、, （一）, 1., （1）, and lead paragraphs (——经济总体回升向好。…), whose lead
sentence heads that one paragraph. Each section's part tells later stages whether its figures are
outcomes (review) or targets (plan); a trailing glossary is part "glossary".
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Document, Metadata, Report, Section, Sentence

CN_DIGITS = "一二三四五六七八九十"
_SPACE = r"[ \t\u3000]*"
# Where a heading may start: the text start, a line start, or right after a sentence end (PDF text
# that lost its line breaks runs headings into the sentence before).
_BOUNDARY = r"(?:(?<=^)|(?<=\n)|(?<=[。！？；!?]))"
# HEADING_MARKERS 1 and 2 and BARE_HEADING open with a lookahead for their first character (a space or what
# follows it): with it `re` skips other characters quickly instead of trying the boundary's lookbehinds at
# each one; the same matches, about three times faster.
HEADING_MARKERS = [
    (1, re.compile(rf"(?=[ \t\u3000{CN_DIGITS}])" + _BOUNDARY + rf"{_SPACE}[{CN_DIGITS}]{{1,3}}、")),
    (2, re.compile(r"(?=[ \t\u3000（(])" + _BOUNDARY + rf"{_SPACE}[（(][{CN_DIGITS}]{{1,3}}[）)]")),
    (3, re.compile(rf"(?m)^{_SPACE}\d{{1,2}}[.．、](?!\d)")),
    (4, re.compile(rf"(?m)^{_SPACE}[（(]\d{{1,2}}[）)]")),
]
LEAD_LEVEL = 5
# ——经济总体回升向好。…  (not the header's ——2024年3月5日在…)
LEAD = re.compile(r"(?m)^(?:——|──|—{2}|－{2})(?=[^\s\d—─－])(?![〇零一二][〇零一二三四五六七八九○]{3}年)")
LEAD_MAX = 30  # characters of a lead sentence; longer ones are list items, not lead headings

_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九○]{4})年"
_PART_WORDS = (r"工作回顾|工作的回顾|重点工作(?:安排)?|工作安排(?:建议)?|(?:主要)?工作任务|主要任务|主要工作|"
               r"工作建议|目标任务|工作部署|总体要求和政策取向|民生实事|惠民实事|实事")
# A part heading inside running text: the sample's PDF text runs "2023年工作回顾" into its paragraph.
BARE_HEADING = re.compile(
    rf"(?=[ \t\u3000{CN_DIGITS}\d今明过本])"  # its first character (see HEADING_MARKERS)
    + _BOUNDARY
    + rf"{_SPACE}(?:[{CN_DIGITS}]{{1,2}}、)?"
    + r"(?:(?:\d{4}|今|明|过去一|过去五|本)年[^。，,；\n]{0,12}?"
    + r"(?:工作回顾|重点工作|工作安排|工作任务|主要任务|工作建议|总体要求和政策取向))"
)
# A part heading alone on its line: 2024年重点工作, 过去五年工作回顾, “十二五”回顾和2015年的工作.
_PERIOD = (rf"(?:{_YEAR}|今年|明年|过去一年|过去的一年|过去五年|本届政府|今后五年|“?十[一二三四五六]五”?(?:时期)?)")
BARE_HEADING_LINE = re.compile(
    rf"(?m)^{_SPACE}(?:[{CN_DIGITS}]{{1,2}}、)?(?:关于|回顾)?{_PERIOD}"
    rf"[^。，,；;：:\n]{{0,16}}?(?:{_PART_WORDS}|回顾|工作|任务|安排|目标|建议|部署|政策取向)[：:]?{_SPACE}$"
)
BARE_LINE_MAX = 32
NUMBERED_PART = re.compile(rf"[{CN_DIGITS}]{{1,2}}、")  # a bare part heading numbered as a top-level one
GLOSSARY_HEADING = re.compile(
    rf"(?m)^{_SPACE}(?:附件?[一二三四五1-5]?[：:]?{_SPACE})?(?:《?政府工作报告》?)?(?:有关|相关)?(?:内容)?"
    rf"(?:名词解释|名词注释|名词注解|名词术语解释|注释|注解|名词说明)(?:和.{{0,8}}说明)?[：:]?{_SPACE}$"
)
GLOSSARY_FROM = 0.5  # a glossary heading counts only in the second half of the text
PLAN_HEADING = re.compile(r"工作安排|重点工作|工作任务|主要任务|总体要求|预期目标|政策取向|今年|明年")
REVIEW_HEADING = re.compile(r"回顾|过去")
HEADING_END = re.compile(r"[。！？；：:!?;\n]")
SENTENCE_ENDS = "。！？；!?;"
OPENERS = "“‘「『（(《【〔"
CLOSERS = "”’」』）)》】〕"
QUOTE_CLOSERS = "”’」』"
MAX_QUOTE = 200  # an opener this far back without its closer was unbalanced: split again
SPLIT_EVENT = re.compile("[" + re.escape(OPENERS + CLOSERS + SENTENCE_ENDS) + "\n]")  # what split_sentences acts on


# ---- metadata ----------------------------------------------------------------------------------

TITLE = r"(?:自治区)?(?:常务)?(?:副|代理|代)?(?:总理|省长|主席|市长|州长|区长|县长|旗长|盟长|专员)"
SPEAKER = re.compile(rf"({TITLE})([\u4e00-\u9fff·]{{2,12}})?$")
SPEAKER_LINE = re.compile(rf"[\u4e00-\u9fff]{{0,20}}?({TITLE})([\u4e00-\u9fff·]{{2,12}})")
NAME_TAIL = re.compile(r"(?:作.{0,8}报告|讲话|名?位代表)$")
NAME_ALONE = re.compile(r"[\u4e00-\u9fff·]{2,12}")
NOT_A_NAME = re.compile(r"报告|会议|政府|人民|代表|工作")
MEETING = re.compile(r"在(.{0,40}?(?:人民代表大会|人大)(?:常务委员会)?第?[一二三四五六七八九十0-9]+次(?:全体)?会议)上?")
MEETING_BARE = re.compile(r"([\u4e00-\u9fff]{0,12}?第?[一二三四五六七八九十]+届[\u4e00-\u9fff]{0,8}?人民代表大会"
                          r"(?:常务委员会)?第[一二三四五六七八九十]+次(?:全体)?会议)上?")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
CN_DATE = re.compile(r"([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
REVIEW_YEAR = re.compile(r"(\d{4})年[^。\n]{0,6}?工作(?:的)?回顾")
# A review heading of another wording: 一、2025年工作及“十四五”时期发展回顾.
REVIEW_YEAR_LINE = re.compile(r"(?m)^[^。，\n]{0,6}?(\d{4})年[^。，\n]{0,20}?回顾[^。\n]{0,4}$")
# Without a title block, the review's first heading or sentence names its year: 一、2015年主要工作,
# 2009年政府主要工作, 一、 2003 年政府工作回顾; 2003年是极不平凡的一年, 刚刚过去的2004年.
REVIEW_YEAR_HEADING = re.compile(r"(?m)^[一1][、.．]?\s*(\d{4})\s*年[^。，\n]{0,16}?(?:工作|情况|成效|成就|发展)[^。\n]{0,16}$"
                                 r"|^(\d{4})\s*年[^。，\n]{0,6}?工作$")
REVIEW_YEAR_OPENING = re.compile(r"(?m)^(?:刚刚过去的|过去的)?(\d{4})\s*年(?:，|是|,)")
# The plan part's year: 2013年工作的建议, 2018年工作安排, 2023年主要目标任务, 2006年经济社会发展的主要预期目标.
PLAN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:的)?(?:政府)?(?:工作|主要|经济社会|重点|发展)[^。，、\n]{0,10}?"
                       r"(?:安排|任务|建议|预期目标|目标和|总体要求)")
UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,18}(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟|地区)$")
HEAD_SPAN = 800  # the title block is at most this long; past it 各位代表 is the body's
HEAD_LINE_MAX = 60  # a longer line is a paragraph of the body, not a line of the title block


def _cn_number(text: str) -> int:
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if all(c in digits for c in text):  # 二〇二四
        return int("".join(str(digits[c]) for c in text))
    tens, _, ones = text.partition("十")  # 十七, 二十, 十
    if "十" not in text:
        return digits[text]
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def header_text(text: str) -> str:
    """The title block: everything before the first 各位代表, else the short lines before the body."""
    cut = text.find("各位代表", 0, HEAD_SPAN)
    if cut != -1:
        return text[:cut]
    end = 0
    for line in text[:HEAD_SPAN].split("\n"):
        sentence = len(line) > 20 and re.search(r"[，。；]", line)
        if len(line) > HEAD_LINE_MAX or sentence or starts_heading(line) and not LEAD.match(line):
            break  # the first paragraph or heading of the body
        end += len(line) + 1
    return text[:end]  # empty when the text starts with its body: nothing to read there


def find_metadata(text: str) -> Metadata:
    """Region name, years, date, speaker and meeting from the title block, else from the body."""
    head = header_text(text)
    flat = re.sub(r"\s+", "", head)
    meta = Metadata()
    date = DATE.search(flat)
    cn_date = CN_DATE.search(flat)
    if date:
        y, m, d = (int(g) for g in date.groups())
    elif cn_date:
        y, m, d = (_cn_number(g) for g in cn_date.groups())
    if date or cn_date:
        if 1 <= m <= 12 and 1 <= d <= 31:
            meta.year = y
            meta.date = f"{y:04d}-{m:02d}-{d:02d}"
    if meta.year is None:
        year = re.search(r"(\d{4})年", flat)
        if year:
            meta.year = int(year.group(1))
    # A report delivered in November or December reviews the year it is delivered in and is the
    # next year's report (日喀则 2023: delivered 2022-12-11, reviews 2022).
    late = meta.date is not None and int(meta.date[5:7]) >= 11
    review = REVIEW_YEAR.search(text, 0, 5000) or REVIEW_YEAR_LINE.search(text, 0, 5000)
    if review:
        meta.review_year = int(review.group(1))
        if meta.year is None or (late and meta.year == meta.review_year):
            meta.year = meta.review_year + 1
    elif meta.year:
        meta.review_year = meta.year if late else meta.year - 1
        if late:
            meta.year += 1
    else:
        start = text.find("各位代表", 0, 3000)
        body = text[max(start, 0):max(start, 0) + 1500]
        heading = REVIEW_YEAR_HEADING.search(body) or REVIEW_YEAR_OPENING.search(body)
        if heading:
            meta.review_year = int(heading.group(1) or heading.group(2)) if heading.re is REVIEW_YEAR_HEADING \
                else int(heading.group(1))
            meta.year = meta.review_year + 1
        else:  # no year in the opening (过去五年工作回顾): the plan part names the report's year
            years = Counter(int(m.group(1)) for m in PLAN_YEAR.finditer(text)
                            if not re.search(r"到|至|确定的|完成了?", text[max(0, m.start() - 5):m.start()]))
            if years:
                meta.year = years.most_common(1)[0][0]
                meta.review_year = meta.year - 1
    meeting = MEETING.search(flat) or MEETING_BARE.search(flat)
    after = flat
    if meeting:
        meta.meeting = re.sub(r"^[—–－\-─]+|^\d{4}年\d{1,2}月\d{1,2}日在?", "", meeting.group(1))
        if meta.meeting.startswith("日") and flat[meeting.start(1) - 1:meeting.start(1)].isdigit():
            meta.meeting = meta.meeting[1:]  # the day's 日 of “2023年12月31日岳阳市…会议通过”, not 日喀则
        after = flat[meeting.end():]
    elif date or cn_date:
        after = flat[(date or cn_date).end():]
    meta.speaker_title, meta.speaker = _speaker(head, after)
    meta.region = _region_name(text, flat, after, meta.meeting)
    return meta


def _speaker(head: str, after: str) -> tuple[str | None, str | None]:
    """(title, name): 区长 海赛尔·沙比提, 总理 李强, 代市长 None, None 吾拉木江·热依木."""
    after = re.sub(r"[（(][^（）()]*[\d〇零一二三四五六七八九十]年[^（）()]*[）)]", "", after)  # a date line after the name: （2016年1月8日）
    after = after.replace(":", "").replace("：", "").rstrip("）)】]")
    title = SPEAKER.search(after)
    if title:
        return _title_and_name(title.group(1), title.group(2))
    lines = [re.sub(r"\s+", "", ln) for ln in head.split("\n") if ln.strip()]
    for line in lines:  # the speaker's line before the meeting's (宁波市市长 金德水 ⏎ 2002年2月23日在…)
        title = SPEAKER_LINE.fullmatch(line)
        if title:
            return _title_and_name(title.group(1), title.group(2))
    # A name alone on the line before 各位代表 (吾拉木江·热依木).
    if len(lines) >= 2 and NAME_ALONE.fullmatch(lines[-1]) and not NOT_A_NAME.search(lines[-1]):
        return None, lines[-1]
    return None, None


def _title_and_name(title: str, name: str | None) -> tuple[str, str | None]:
    """Trim what a title block adds after a name (作政府工作报告, 讲话) or before it (兰州市市长)."""
    if name:
        inner = SPEAKER.search(name)
        if inner and inner.group(2):
            title, name = inner.group(1), inner.group(2)
        name = NAME_TAIL.sub("", name)
    return title, name if name and len(name) >= 2 else None


def _region_name(text: str, flat: str, after: str, meeting: str | None) -> str | None:
    """The reporting unit's name as the report writes it; resolve.find_region links it to the gazetteer."""
    if (meeting and "全国人民代表大会" in meeting) or "国务院" in flat:
        return "中华人民共和国"
    if meeting:
        prefix = re.split(r"第?[一二三四五六七八九十]+届", meeting)[0]
        if len(prefix) >= 2 and UNIT_NAME.fullmatch(prefix):
            return prefix
    government = re.search(r"([\u4e00-\u9fff]{2,18}?)人民政府", after)
    if government and UNIT_NAME.fullmatch(government.group(1)):
        return government.group(1)
    start = text.find("各位代表")
    body = text[start:start + 300] if start != -1 else text[:300]
    represented = re.search(r"代表([\u4e00-\u9fff]{2,18}?)人民政府", body)
    if represented and UNIT_NAME.fullmatch(represented.group(1)):
        return represented.group(1)
    return None


# ---- sections ----------------------------------------------------------------------------------


def starts_heading(line: str) -> bool:
    """Whether a line begins a heading or a lead paragraph (and so never continues the line before)."""
    line = line.lstrip(" \t\u3000")
    return bool(
        _LINE_HEADING.match(line)
        or BARE_HEADING_LINE.match(line)
        or GLOSSARY_HEADING.match(line)
        or LEAD.match(line)
    )


_LINE_HEADING = re.compile(
    rf"^(?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[）)]|各位代表)"
)


def _heading_end(text: str, start: int, body_start: int) -> int:
    """End of a heading that starts at `start`; splits a heading run into its first sentence."""
    stop = HEADING_END.search(text, body_start)
    end = stop.start() if stop else len(text)
    span = text[body_start:end]
    if stop is not None and stop.group(0) != "\n" and text[end] in "。！？；!?;":
        line_ends = end + 1 >= len(text) or text[end + 1] == "\n"
        if len(span) <= 30 or line_ends:
            return end + 1  # the heading's own full stop: "(一)稳定常态实现新巩固。"
    if stop is not None and stop.group(0) in "：:" and len(span) <= 30:
        return end + 1  # a glossary term or a run-in heading: "1. 六稳：稳就业…"
    if len(span) <= 30 or stop is None or stop.group(0) == "\n":
        return end
    # PDF text loses the line break after a heading: "一、聚力抓好稳定工作,社会大局持续和谐坚决扛起…".
    # These headings are two parallel phrases of equal length around a comma.
    comma = re.search(r"[,，]", span)
    if comma and 3 <= comma.start() <= 14:
        return body_start + 2 * comma.start() + 1
    return end


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl == -1 else nl


def find_sections(text: str, year: int | None = None) -> list[Section]:
    """Headings at every level, nested, each with its part (review, plan, glossary or other)."""
    found: dict[int, tuple[int, int, str | None]] = {}  # start -> (level, end, part forced by kind)
    glossary_from = int(len(text) * GLOSSARY_FROM)
    for match in GLOSSARY_HEADING.finditer(text, glossary_from):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t\u3000"))
        found[start] = (0, match.end(), "glossary")
        break  # one glossary: what follows its heading are its entries
    glossary_start = min((s for s, v in found.items() if v[2] == "glossary"), default=len(text) + 1)
    for pattern in (BARE_HEADING_LINE, BARE_HEADING):
        for match in pattern.finditer(text, 0, glossary_start):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t\u3000"))
            if start in found or (pattern is BARE_HEADING_LINE and match.end() - start > BARE_LINE_MAX):
                continue
            end = match.end()
            nl = text.find("\n", end)
            if nl != -1 and nl - end <= 2 and not HEADING_END.search(text, end, nl):
                end = nl
            level = 1 if NUMBERED_PART.match(text, start, end) else 0
            found[start] = (level, end, _part_of_bare(text[start:end], year))
    for level, pattern in HEADING_MARKERS:
        for match in pattern.finditer(text):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t\u3000"))
            if start in found:
                continue
            end = _heading_end(text, start, match.end())
            if end - start > 60:
                continue  # a numbered paragraph, not a heading
            found[start] = (level, end, None)
    body_from = text.find("各位代表")
    for match in LEAD.finditer(text, max(body_from, 0)):
        start = match.start()
        if start in found or start >= glossary_start:
            continue
        paragraph_end = _line_end(text, start)
        stop = re.compile(r"[。！？!?]").search(text, match.end(), paragraph_end)
        if stop is None or stop.start() - match.end() > LEAD_MAX or stop.end() >= paragraph_end:
            continue  # a list item (——地区生产总值增长5.5%以上；), not a lead sentence
        found[start] = (LEAD_LEVEL, stop.end(), None)
    sections = _nest(text, found, year)
    _parts_from_a_restart(sections)
    return sections


def _part_by_period(heading: str, year: int | None) -> str | None:
    """Plan or review by the period a heading names, against the report's year; None if it names none.

    2023年工作回顾 in a 2024 report is review, 2024年重点工作 plan; a five-year plan (“十四五”,
    2021–2025) is review once it has ended and plan before it starts, undecided while it runs.
    """
    if not year or REVIEW_HEADING.search(heading):
        return None  # 2022年工作回顾 is review whatever year the report gives
    years = re.findall(r"(\d{4})年", heading)
    if years:
        return "plan" if int(years[-1]) >= year else "review"
    plan = re.search(r"十([一二三四五六])五", heading)
    if plan:
        start = 2006 + 5 * ("一二三四五六".index(plan.group(1)))  # 十一五 = 2006–2010
        if year > start + 4:
            return "review"
        if year <= start:
            return "plan"
    return None


def _part_of_bare(heading: str, year: int | None) -> str:
    """Review or plan of a part heading: by the period it names, else by its words."""
    if REVIEW_HEADING.search(heading):
        return "review"
    by_period = _part_by_period(heading, year)
    if by_period:
        return by_period
    return "plan" if re.search(_PART_WORDS, heading) else "other"


def _nest(text: str, found: dict[int, tuple[int, int, str | None]], year: int | None = None) -> list[Section]:
    sections: list[Section] = []
    stack: list[Section] = []
    for start in sorted(found):
        level, end, forced = found[start]
        heading = text[start:end].strip().rstrip("。！？；!?;：:")
        if level == LEAD_LEVEL:
            heading = heading.lstrip("—─－")
        if level == 0:
            stack.clear()
        else:
            while stack and stack[-1].level != 0 and stack[-1].level >= level:
                stack.pop()
        parent = stack[-1] if stack else None
        section = Section(index=len(sections) + 1, heading=heading, level=level, start=start, end=end,
                          parent=parent.index if parent else None)
        by_period = _part_by_period(heading, year) if level == 1 and parent is None else None
        if forced:
            section.part = forced
        elif by_period:
            section.part = by_period  # 一、2022年主要工作和成效 in a 2023 report
        elif parent is not None and parent.part == "glossary":
            section.part = "glossary"
        elif level != LEAD_LEVEL and PLAN_HEADING.search(heading) and not REVIEW_HEADING.search(heading):
            section.part = "plan"
        elif level != LEAD_LEVEL and REVIEW_HEADING.search(heading):
            section.part = "review"
        elif parent is not None:
            section.part = parent.part
        elif sections:
            # A top-level numbered heading after a plan heading continues the plan.
            section.part = _part_before(sections)
        sections.append(section)
        if level != LEAD_LEVEL:
            stack.append(section)
    return sections


def _parts_from_a_restart(sections: list[Section]) -> None:
    """Without part headings, numbering that starts again at 一、 begins the plan: review, then plan."""
    tops = [s for s in sections if s.parent is None and s.level != LEAD_LEVEL]
    if any(s.part != "other" for s in tops):
        return
    restarts = [s.start for s in tops if s.level == 1 and s.heading.startswith("一、")]
    if len(restarts) != 2:
        return
    for section in sections:
        if section.part == "other":
            section.part = "review" if section.start < restarts[1] else "plan"


def _part_before(sections: list[Section]) -> str:
    for previous in reversed(sections):
        if previous.level in (0, 1) and previous.part != "other":
            return previous.part
    return "other"


# ---- sentences ---------------------------------------------------------------------------------


def split_sentences(text: str, breaks: list[int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans: split at 。！？；!?; and line ends, never inside quotes or brackets."""
    cut_points = set(breaks or [])
    cuts = sorted(cut_points)
    next_cut = 0
    spans: list[tuple[int, int]] = []
    depth = 0
    opened_at = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        # Jump to the next character the loop acts on (a quote, bracket, sentence or line end, a break):
        # every other character changes nothing.
        event = SPLIT_EVENT.search(text, i)
        at = event.start() if event else n
        while next_cut < len(cuts) and cuts[next_cut] < i:
            next_cut += 1
        if next_cut < len(cuts) and cuts[next_cut] < at:
            at = cuts[next_cut]
        if at >= n:
            break
        i = at
        ch = text[i]
        if ch in OPENERS:
            if depth == 0:
                opened_at = i
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        if ch == "\n":
            depth = 0
            _add_span(text, start, i, spans)
            start = i + 1
        elif i in cut_points and i > start:
            _add_span(text, start, i, spans)
            start = i
        elif ch in SENTENCE_ENDS and depth and _closes_quotes(text, i + 1, depth):
            # 。” ends the sentence and the quote together: “稳中求进。”
            j = _closes_quotes(text, i + 1, depth)
            depth = 0
            _add_span(text, start, j, spans)
            start = i = j
            continue
        elif ch in SENTENCE_ENDS and (depth == 0 or i - opened_at > MAX_QUOTE):
            depth = 0
            j = i + 1
            while j < n and text[j] in SENTENCE_ENDS + "”’」』":
                j += 1
            _add_span(text, start, j, spans)
            start = j
            i = j
            continue
        i += 1
    _add_span(text, start, n, spans)
    return spans


def _closes_quotes(text: str, at: int, depth: int) -> int:
    """The end of the closing quotes right after a sentence end when they close every open one, else 0."""
    while at < len(text) and depth and text[at] in QUOTE_CLOSERS:
        depth -= 1
        at += 1
    return at if depth == 0 else 0


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \t\u3000\n":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\n":
        end -= 1
    if end > start:
        spans.append((start, end))


def structure_report(document: Document) -> Report:
    text = document.text
    meta = find_metadata(text)
    sections = find_sections(text, meta.year)
    breaks = sorted({s.start for s in sections} | {s.end for s in sections})
    spans = split_sentences(text, breaks)
    sentences: list[Sentence] = []
    starts = [s.start for s in sections]
    for start, end in spans:
        section = _section_at(sections, starts, text, start)
        sentences.append(Sentence(start=start, end=end, text=text[start:end], section=section))
    return Report(document=document, meta=meta, sections=sections, sentences=sentences)


def _section_at(sections: list[Section], starts: list[int], text: str, position: int) -> int | None:
    """The innermost section holding a position; a lead section holds only its own paragraph."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= position:
            lo = mid + 1
        else:
            hi = mid
    if not lo:
        return None
    section: Section | None = sections[lo - 1]
    while section is not None and section.level == LEAD_LEVEL and position > _line_end(text, section.start):
        section = sections[section.parent - 1] if section.parent else None
    return section.index if section else None
