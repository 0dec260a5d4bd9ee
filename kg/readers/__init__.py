"""One reader per input format: the bytes of a file -> its raw text.

Every reader returns plain text with one paragraph (or one printed line) per line; a PDF's pages are
separated by form feeds ("\\f") so that cleaning can find page numbers and running headers and footers.
Readers raise InputError with a reason a user can act on; they never print.
"""

from __future__ import annotations

from collections.abc import Callable

from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .text import read_text

Reader = Callable[[bytes, str], str]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
SUPPORTED_SUFFIXES = frozenset(READERS)

# Formats people try that govkg cannot read, with what to do instead.
UNSUPPORTED_HINTS = {
    ".doc": "save it as .docx",
    ".wps": "save it as .docx",
    ".rtf": "save it as .docx or .txt",
    ".odt": "save it as .docx",
    ".xls": "not a report",
    ".xlsx": "not a report",
    ".caj": "convert it to PDF",
    ".ofd": "convert it to PDF",
}


def sniff_suffix(data: bytes) -> str:
    """The format of bytes without a file name (standard input), as a file suffix."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return ".docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return ".html"
    return ".txt"
