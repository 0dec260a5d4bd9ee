"""Find metadata, sections and sentences (stage 2: Document -> Report)."""

from __future__ import annotations

import re

from .model import Document, Metadata, Report, Section, Sentence

CN_DIGITS = "一二三四五六七八九十"
# Where a heading may start: the text start, a line start, or right after a sentence end.
_BOUNDARY = r"(?:(?<=^)|(?<=\n)|(?<=[。！？；!?]))"
HEADING_MARKERS = [
    (1, re.compile(_BOUNDARY + rf"[ \t\u3000]*[{CN_DIGITS}]{{1,3}}、")),
    (2, re.compile(_BOUNDARY + rf"[ \t\u3000]*[（(][{CN_DIGITS}]{{1,3}}[）)]")),
    (3, re.compile(r"(?m)^[ \t\u3000]*\d{1,2}[.．、](?!\d)")),
    (4, re.compile(r"(?m)^[ \t\u3000]*[（(]\d{1,2}[）)]")),
]
BARE_HEADING = re.compile(
    _BOUNDARY
    + r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、)?"
    + r"(?:(?:\d{4}|今|明|过去一|过去五|本)年[^。，,；\n]{0,12}?"
    + r"(?:工作回顾|重点工作|工作安排|工作任务|主要任务|工作建议|总体要求和政策取向))"
)
PLAN_HEADING = re.compile(r"工作安排|重点工作|工作任务|主要任务|总体要求|预期目标|政策取向|今年|明年")
REVIEW_HEADING = re.compile(r"回顾|过去")
HEADING_END = re.compile(r"[。！？；：:!?;\n]")
SENTENCE_SPLIT = re.compile(r"[。！？；!?;]+[”’」』]?|\n")
OPENERS = "“‘「『（(《【〔"
CLOSERS = "”’」』）)》】〕"


def find_metadata(text: str) -> Metadata:
    """Region, year, date, speaker and meeting from the report's title block."""
    head = text[:400]
    meta = Metadata()
    date = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
    if date:
        y, m, d = (int(g) for g in date.groups())
        meta.year = y
        meta.date = f"{y:04d}-{m:02d}-{d:02d}"
    else:
        year = re.search(r"(\d{4})年", head)
        if year:
            meta.year = int(year.group(1))
    review = re.search(r"(\d{4})年[^。\n]{0,6}工作回顾", text[:3000])
    if review:
        meta.review_year = int(review.group(1))
    elif meta.year:
        meta.review_year = meta.year - 1
    flat = re.sub(r"\s+", "", head)
    meeting = re.search(r"在(.{0,40}?人民代表大会(?:常务委员会)?第[一二三四五六七八九十]+次(?:全体)?会议)上", flat)
    if meeting:
        meta.meeting = meeting.group(1)
    title = re.search(
        r"((?:常务)?副?(?:总理|省长|主席|市长|州长|区长|县长|旗长|盟长|专员|代市长|代区长|代县长))"
        r"([\u4e00-\u9fff·•．]{2,12}?)(?=各位代表|$)",
        re.sub(r"[ \t\u3000\xa0]+", "", head.split("各位代表")[0]).replace("\n", ""),
    )
    if title:
        meta.speaker_title = title.group(1)
        meta.speaker = title.group(2).replace("•", "·").replace("．", "·")
    else:
        # A name alone on the line before 各位代表 (吾拉木江·热依木).
        lines = [ln.strip() for ln in head.split("各位代表")[0].split("\n") if ln.strip()]
        if lines and re.fullmatch(r"[\u4e00-\u9fff·•]{2,12}", lines[-1]):
            meta.speaker = lines[-1].replace("•", "·")
    return meta


def _heading_end(text: str, start: int, body_start: int) -> int:
    """End of a heading that starts at `start`; splits a heading run into its first sentence."""
    stop = HEADING_END.search(text, body_start)
    end = stop.start() if stop else len(text)
    span = text[body_start:end]
    if stop is not None and stop.group(0) != "\n" and text[end] in "。！？；!?;":
        line_ends = end + 1 >= len(text) or text[end + 1] == "\n"
        if len(span) <= 30 or line_ends:
            return end + 1  # the heading's own full stop: "(一)稳定常态实现新巩固。"
    if len(span) <= 30 or stop is None or stop.group(0) == "\n":
        return end
    # PDF text loses the line break after a heading: "一、聚力抓好稳定工作,社会大局持续和谐坚决扛起…".
    # These headings are two parallel phrases of equal length around a comma.
    comma = re.search(r"[,，]", span)
    if comma and 3 <= comma.start() <= 14:
        return body_start + 2 * comma.start() + 1
    return end


def find_sections(text: str) -> list[Section]:
    found: dict[int, tuple[int, int]] = {}  # start -> (level, end)
    for match in BARE_HEADING.finditer(text):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        end = match.end()
        nl = text.find("\n", end)
        if nl != -1 and nl - end <= 2 and not HEADING_END.search(text, end, nl):
            end = nl
        found[start] = (0, end)
    for level, pattern in HEADING_MARKERS:
        for match in pattern.finditer(text):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            if start in found:
                continue
            end = _heading_end(text, start, match.end())
            if end - start > 60:
                continue  # a numbered paragraph, not a heading
            found[start] = (level, end)
    sections: list[Section] = []
    stack: list[Section] = []
    for start in sorted(found):
        level, end = found[start]
        heading = text[start:end].strip().rstrip("。！？；!?;")
        rank = level if level else 0
        while stack and (stack[-1].level if stack[-1].level else 0) >= rank and not (rank > 0 and stack[-1].level == 0):
            stack.pop()
        if rank == 0:
            stack.clear()
        parent = stack[-1] if stack else None
        section = Section(index=len(sections) + 1, heading=heading, level=level, start=start, end=end,
                          parent=parent.index if parent else None)
        if PLAN_HEADING.search(heading):
            section.part = "plan"
        elif REVIEW_HEADING.search(heading):
            section.part = "review"
        elif parent is not None:
            section.part = parent.part
        elif sections:
            # A top-level numbered heading after a plan heading continues the plan.
            section.part = _part_before(sections, start)
        sections.append(section)
        stack.append(section)
    return sections


def _part_before(sections: list[Section], start: int) -> str:
    for previous in reversed(sections):
        if previous.level in (0, 1) and previous.part != "other":
            return previous.part
    return "other"


def split_sentences(text: str, breaks: list[int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans: split at 。！？； and line ends, never inside quotes or brackets."""
    cut_points = set(breaks or [])
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
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
            continue_at = i
            i = continue_at
        elif ch in "。！？；!?;" and depth == 0:
            j = i + 1
            while j < n and text[j] in "。！？；!?;”’」』":
                j += 1
            _add_span(text, start, j, spans)
            start = j
            i = j
            continue
        i += 1
    _add_span(text, start, n, spans)
    return spans


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
    sections = find_sections(text)
    breaks = sorted({s.start for s in sections} | {s.end for s in sections})
    spans = split_sentences(text, breaks)
    sentences: list[Sentence] = []
    starts = [s.start for s in sections]
    for start, end in spans:
        section = None
        # the innermost section whose heading starts at or before the sentence
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= start:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            section = sections[lo - 1].index
        sentences.append(Sentence(start=start, end=end, text=text[start:end], section=section))
    return Report(document=document, meta=meta, sections=sections, sentences=sentences)
