"""Read report files into cleaned text (stage 1: file -> Document)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from .clean import clean_text
from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES


def decode_bytes(data: bytes, name: str) -> str:
    """Decode report bytes: BOMs first, then UTF-8, then a real charset detector."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or GB18030)")
    encoding = best.encoding
    if encoding in {"gbk", "gb2312", "cp936"}:
        encoding = "gb18030"  # a superset: never fails on what GBK decodes
    return data.decode(encoding, errors="replace")


def read_document(path: Path) -> Document:
    """Read one report file and clean its layout noise."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"{path}: unsupported file type {suffix or '(none)'}; "
            f"expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text = decode_bytes(data, str(path))
    return document_from_text(text, source=path.name, path=str(path))


def document_from_text(text: str, source: str, path: str = "") -> Document:
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(f"{source}: the file holds no text")
    return Document(source=source, text=cleaned, path=path)


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path | str]:
    """Files as given, folders walked recursively for supported files, '-' kept for stdin."""
    found: list[Path | str] = []
    for item in inputs:
        if str(item) == "-":
            found.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                raise InputError(f"{path}: the folder holds no report files ({', '.join(sorted(SUPPORTED_SUFFIXES))})")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


def read_inputs(inputs: Iterable[Path | str]) -> Iterator[Document]:
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            yield document_from_text(decode_bytes(data, "<stdin>"), source="stdin.txt", path="-")
        else:
            yield read_document(Path(item))
