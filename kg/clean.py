"""Remove layout noise from report text: page numbers, running headers and footers, hard line breaks.

The cleaned text is what every offset of the graph refers to (the build keeps it in texts/), so all
character normalization here is one character for one character and happens before anything else.
What is removed: page markers (—3—, - 3 -, 第3页, ·3·, 3/10), lines repeated at the top or bottom of
the pages (running headers and footers), blank lines, control characters and indentation. What is
joined: a paragraph that a page break or a printed line wrap cut in two.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .structure import starts_heading

PAGE_BREAK = "\f"

# ---- characters --------------------------------------------------------------------------------

# One character for one character, so that lengths (and so offsets) are kept: full-width digits and
# Latin letters and ％ become ASCII (the same figure, however typed); odd spaces become a plain space.
# Chinese punctuation (，。：；（）) is left as written: it is the normal form in these reports.
_ONE_TO_ONE = {0xFF10 + i: ord("0") + i for i in range(10)}
_ONE_TO_ONE |= {0xFF21 + i: ord("A") + i for i in range(26)}
_ONE_TO_ONE |= {0xFF41 + i: ord("a") + i for i in range(26)}
_ONE_TO_ONE |= {0xFF05: "%", 0xFE6A: "%", 0xFF0B: "+", 0xFF1D: "="}
_ONE_TO_ONE |= {cp: " " for cp in (0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                                   0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F)}
_ONE_TO_ONE |= {0x000B: "\n", 0x2028: "\n", 0x2029: "\n", 0x0085: "\n"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH_DECIMAL_POINT = re.compile(r"(?<=\d)．(?=\d)")  # ６．６％ -> 6.6%
NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[•・‧∙．](?=[\u4e00-\u9fff])")  # 吾拉木江•热依木 -> ·


def normalize_characters(text: str) -> str:
    """Line ends to \\n, control characters out, 1:1 full-width to half-width for digits, letters, %."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text.translate(_ONE_TO_ONE))
    text = FULLWIDTH_DECIMAL_POINT.sub(".", text)
    return NAME_DOT.sub("·", text)


# ---- page markers ------------------------------------------------------------------------------

_DASH = "[—–－−―]"
_N = r"[ \t\u3000]*\d{1,3}[ \t\u3000]*"
# Forms that can only be a page number, wherever they stand on a line.
_MARKER = (
    rf"(?:{_DASH}{{1,2}}{_N}{_DASH}{{1,2}}"  # —3—  – 3 –
    rf"|[·•・]{_N}[·•・]"  # ·3·
    rf"|第{_N}页(?:[ \t\u3000]*[,，/]?[ \t\u3000]*共{_N}页)?"  # 第3页  第3页，共10页
    rf"|共{_N}页[ \t\u3000]*第{_N}页)"
)
_SPACE = r"[ \t\u3000]*"
# Forms that are a page number only alone on a line: - 3 -, 3/10, 3 / 10.
PAGE_MARKER_LINE = re.compile(
    rf"^{_SPACE}(?:{_MARKER}|-[ \t]*\d{{1,3}}[ \t]*-|(?P<page>\d{{1,3}})[ \t]*/[ \t]*(?P<pages>\d{{1,3}})){_SPACE}$"
)
PAGE_MARKER_START = re.compile(rf"^{_SPACE}{_MARKER}(?=\S)")
PAGE_MARKER_END = re.compile(rf"(?<=\S){_SPACE}{_MARKER}{_SPACE}$")


def _is_marker_line(line: str) -> bool:
    match = PAGE_MARKER_LINE.match(line)
    if not match:
        return False
    if match.group("page"):  # 3/10: a page of a count, not a fraction such as 1/3 standing alone
        return 0 < int(match.group("page")) <= int(match.group("pages"))
    return True


def split_pages(text: str) -> list[list[str]]:
    """Pages of lines: split at form feeds and at page markers, the markers removed."""
    pages: list[list[str]] = []
    for chunk in text.split(PAGE_BREAK):
        page: list[str] = []
        for raw in chunk.split("\n"):
            line = raw.rstrip()
            if _is_marker_line(line):
                pages.append(page)
                page = []
                continue
            start = PAGE_MARKER_START.match(line)
            if start:
                pages.append(page)
                page = []
                line = line[start.end():]
            end = PAGE_MARKER_END.search(line)
            if end:
                page.append(line[:end.start()])
                pages.append(page)
                page = []
                continue
            page.append(line)
        pages.append(page)
    return [trimmed for page in pages if (trimmed := _trim_blank(page))]


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


# ---- running headers and footers ---------------------------------------------------------------

EDGE_LINES = 2  # lines looked at on top and at the bottom of each page
MAX_RUNNING_WIDTH = 80  # a running header is a title, not a paragraph


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove lines repeated at the top or bottom of most pages (headers, footers, bare page numbers)."""
    if len(pages) < 2:
        return pages
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_running_key(line) for line in _edges(page) if display_width(line.strip()) <= MAX_RUNNING_WIDTH})
    threshold = max(2, (len(pages) + 1) // 2)
    running = {key for key, n in seen.items() if n >= threshold and key}
    running.add("#")  # a bare number on the edge of a page is its page number
    cleaned = []
    for page in pages:
        edges = set(range(min(EDGE_LINES, len(page)))) | set(range(max(0, len(page) - EDGE_LINES), len(page)))
        kept = [line for i, line in enumerate(page) if not (i in edges and _running_key(line) in running)]
        if kept := _trim_blank(kept):
            cleaned.append(kept)
    return cleaned


def _edges(page: list[str]) -> list[str]:
    return page[:EDGE_LINES] + page[EDGE_LINES:][-EDGE_LINES:]


# ---- line joining ------------------------------------------------------------------------------

SENTENCE_END = "。！？!?；;：:…"
CLOSERS = "”’」』\"')）】》〕"
INDENT = re.compile(r"^(?:\u3000|[ \t]{2,})")
WRAP_TOLERANCE = 6  # display columns: three Chinese characters of slack (a dropped indent, digits)
MIN_WRAP_WIDTH = 40  # 20 Chinese characters: narrower lines are headings, not a margin
MAX_WRAP_WIDTH = 200  # no printed line is wider than 100 Chinese characters
LONG_LINE = 80  # a page-cut line this wide is a paragraph fragment, not a heading


def display_width(text: str) -> int:
    """Columns as printed: Chinese characters, full-width forms and “”‘’—… (wide in Chinese fonts) count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(CLOSERS)
    return not stripped or stripped[-1] in SENTENCE_END


def typical_width(lines: list[str]) -> int | None:
    """The printed line width of text wrapped at a fixed margin, or None for one paragraph per line.

    Wrapped text has most of its lines within a few columns of one width, and most of those do not end
    a sentence; a text with one paragraph per line has neither.
    """
    widths = [display_width(line.rstrip()) for line in lines if line.strip()]
    if len(widths) < 4:
        return None
    counts = Counter(display_width(line.rstrip()) for line in lines
                     if MIN_WRAP_WIDTH <= display_width(line.rstrip()) <= MAX_WRAP_WIDTH
                     and not starts_heading(line.strip()))
    best, support = None, 0
    for width in counts:
        n = sum(c for w, c in counts.items() if width - WRAP_TOLERANCE <= w <= width)
        if n > support or (n == support and best is not None and width > best):
            best, support = width, n
    if best is None or support < max(4, 0.3 * len(widths)):
        return None
    full = [line for line in lines if line.strip() and best - WRAP_TOLERANCE <= display_width(line.rstrip()) <= best]
    open_ended = sum(1 for line in full if not ends_sentence(line))
    return best if open_ended >= 0.5 * len(full) else None


def _joins(previous: str, line: str, width: int | None, page_cut: bool) -> bool:
    """Whether `line` continues the paragraph that `previous` (a line of the source) left open."""
    if ends_sentence(previous) or INDENT.match(line) or starts_heading(line.strip()):
        return False
    previous_width = display_width(previous.rstrip())
    if width is not None:
        return previous_width >= width - WRAP_TOLERANCE
    return page_cut and previous_width >= LONG_LINE


def _glue(left: str, right: str) -> str:
    # A printed line break inside Latin text stood for a space; inside Chinese text for nothing.
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return left + " " + right
    return left + right


def clean_text(text: str) -> str:
    """Return the cleaned text that every offset of the graph refers to: one paragraph per line."""
    pages = drop_running_lines(split_pages(normalize_characters(text)))
    width = typical_width([line for page in pages for line in page])
    out: list[str] = []
    previous = ""  # the last source line kept, as it stood (for its width and indentation)
    for page_index, page in enumerate(pages):
        for line_index, raw in enumerate(page):
            line = raw.strip()
            if not line:
                previous = ""  # a blank line ends the paragraph
                continue
            page_cut = line_index == 0 and page_index > 0
            if out and previous and _joins(previous, raw, width, page_cut):
                out[-1] = _glue(out[-1], line)
            else:
                out.append(line)
            previous = raw
    return "\n".join(out) + "\n" if out else ""
