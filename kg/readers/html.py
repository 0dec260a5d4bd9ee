"""Web pages (.html, .htm): the report's main text, not the site's navigation.

trafilatura was chosen by measurement over readability-lxml: on a government page built around a
report (navigation bar, breadcrumb, date line, share bar, related links, footer) both kept every
paragraph and heading intact, but where the report's paragraphs were separated by <br> instead of
<p>, readability-lxml also kept the page title, the date line and the share bar, trafilatura none.
"""

from __future__ import annotations

import logging
import re

from ..errors import InputError
from .text import read_text

CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


def read_html(data: bytes, name: str) -> str:
    """Main text of a page, one paragraph per line."""
    import trafilatura

    _quiet_loggers()
    markup = XML_DECLARATION.sub("", _decode(data, name), count=1)
    if not markup.strip():
        return ""
    try:
        text = trafilatura.extract(markup, include_comments=False, include_tables=True,
                                   include_links=False, include_images=False, deduplicate=False)
    except Exception as exc:  # trafilatura raises lxml errors on broken markup
        raise InputError(f"{name}: not a readable web page ({exc.__class__.__name__})") from None
    if text and text.strip():
        return text
    return _all_text(markup, name)


def _all_text(markup: str, name: str) -> str:
    """A page too short for main-text detection: the body's text, one block per line."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except Exception as exc:
        raise InputError(f"{name}: not a readable web page ({exc.__class__.__name__})") from None
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer|//title|//head"):
        bad.drop_tree()
    for element in root.iter():
        if element.tag in BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _decode(data: bytes, name: str) -> str:
    """The page's declared charset when it decodes the page, else detection as for text files."""
    declared = CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        encoding = "gb18030" if encoding in {"gbk", "gb2312", "cp936"} else encoding
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return read_text(data, name)


def _quiet_loggers() -> None:
    """trafilatura logs warnings about odd markup; govkg reports problems itself, never as log lines."""
    for logger_name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(logger_name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
            logger.propagate = False
