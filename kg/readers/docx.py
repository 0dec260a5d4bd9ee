"""Word (.docx): paragraphs in document order, simple tables one row per line."""

from __future__ import annotations

import io
import zipfile
import zlib

from ..errors import InputError

# A .docx is a zip: its parts may unpack to far more than the file's size (a zip bomb). No report's
# parts come near this; python-docx would hold all of it in memory, several times over.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


def read_docx(data: bytes, name: str) -> str:
    """Body paragraphs and table rows in the order they appear."""
    try:
        from docx import Document
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency of govkg
        raise InputError(f"{name}: python-docx is not installed") from None
    _check_unpacked_size(data, name)
    from lxml.etree import LxmlError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError, EOFError,
            zlib.error, NotImplementedError) as exc:
        raise InputError(f"{name}: not a readable Word .docx file ({exc.__class__.__name__})") from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines)


def _check_unpacked_size(data: bytes, name: str) -> None:
    """Refuse a zip whose members claim more than MAX_UNPACKED_BYTES (zipfile never reads past a claim)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(f"{name}: not a readable Word .docx file ({exc.__class__.__name__})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(f"{name}: the .docx unpacks to {unpacked / 2**20:.0f} MB "
                         f"(the limit is {MAX_UNPACKED_BYTES // 2**20} MB); not a report")


def _table_lines(table) -> list[str]:
    """One line per row, cells separated by a full-width space; merged cells counted once."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every grid column it spans
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text:
                cells.append(text)
        if cells:
            lines.append("\u3000".join(cells))
    return lines
