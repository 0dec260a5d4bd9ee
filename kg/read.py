"""Read report files into cleaned text (stage 1: file -> Document).

Formats live in kg/readers/ (one module each); this module finds the inputs, guards against files
that are not reports (empty, binary, too large, unsupported), and hands the raw text to cleaning.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .clean import clean_text
from .errors import InputError
from .model import Document
from .readers import READERS, SUPPORTED_SUFFIXES, UNSUPPORTED_HINTS, sniff_suffix
from .readers.text import read_text

# The longest national report is about 60,000 characters (a 1 MB PDF); anything past this is not
# one report, and reading it whole would hold its text several times over in memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True, slots=True)
class SkippedInput:
    """An input that could not be read as a report, and why."""

    source: str
    reason: str  # one line, naming the file


class UnreadableInputs(InputError):
    """No input could be read: the message names the one bad input, or counts them all."""

    def __init__(self, skipped: list[SkippedInput]):
        self.skipped = list(skipped)
        if len(self.skipped) == 1:
            message = self.skipped[0].reason
        elif self.skipped:
            message = f"none of the {len(self.skipped)} inputs could be read"
        else:
            message = "no report files to build"
        super().__init__(message)


def decode_bytes(data: bytes, name: str) -> str:
    """Decode text bytes: BOMs, then UTF-8, then a charset detector (GB18030/GBK, Big5)."""
    return read_text(data, name)


def read_document(path: Path) -> Document:
    """Read one report file in any supported format and clean its layout noise."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = UNSUPPORTED_HINTS.get(suffix)
        raise InputError(
            f"{path}: unsupported file type {suffix or '(none)'}"
            + (f" ({hint})" if hint else "")
            + f"; expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{path}: too large for one report ({size / 2**20:.0f} MB; "
                             f"the limit is {MAX_INPUT_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return document_from_bytes(data, suffix, source=path.name, path=str(path), name=str(path))


def document_from_bytes(data: bytes, suffix: str, source: str, path: str = "", name: str = "") -> Document:
    """A Document from the bytes of a file of the given format."""
    name = name or source
    if not data.strip():
        raise InputError(f"{name}: the file is empty (no text)")
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: too large for one report ({len(data) / 2**20:.0f} MB; "
                         f"the limit is {MAX_INPUT_BYTES // 2**20} MB)")
    try:
        raw = READERS[suffix](data, name)
    except InputError:
        raise
    except Exception as exc:  # a reader library failing on a malformed file: still one clear line
        raise InputError(f"{name}: cannot read this {suffix} file "
                         f"({exc.__class__.__name__}: {one_line(str(exc))})") from None
    return document_from_text(raw, source=source, path=path, name=name)


def one_line(message: str, limit: int = 200) -> str:
    """A library's error message as one short line (lxml's span lines and quote the bad markup)."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def document_from_text(text: str, source: str, path: str = "", name: str = "") -> Document:
    """A Document from raw text: cleaned, and refused when nothing of a report is left."""
    name = name or source
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(f"{name}: the file holds no text")
    if not any("\u4e00" <= ch <= "\u9fff" for ch in cleaned):
        raise InputError(f"{name}: no Chinese text found (binary data or a wrong encoding?)")
    return Document(source=source, text=cleaned, path=path)


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path | str]:
    """Files as given, folders walked recursively for supported files, '-' kept for stdin.

    Raises InputError at a missing path or a folder without reports; `expand_each` reports those
    instead, so that a build can skip them and go on.
    """
    found, problems = expand_each(inputs)
    if problems:
        raise UnreadableInputs(problems)
    return found


def expand_each(inputs: Iterable[str | Path]) -> tuple[list[Path | str], list[SkippedInput]]:
    """Like expand_inputs, but returns missing paths and empty folders instead of raising."""
    found: list[Path | str] = []
    problems: list[SkippedInput] = []
    for item in inputs:
        if str(item) == STDIN:
            found.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                problems.append(SkippedInput(str(path), f"{path}: the folder holds no report files "
                                                        f"({', '.join(sorted(SUPPORTED_SUFFIXES))})"))
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(SkippedInput(str(path), f"{path}: no such file or folder"))
    return found, problems


def read_stdin() -> Document:
    """A report piped in on standard input, in any supported format (sniffed from its bytes)."""
    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    suffix = sniff_suffix(data)
    return document_from_bytes(data, suffix, source="stdin" + suffix, path=STDIN, name="<stdin>")


def read_input(item: Path | str) -> Document:
    return read_stdin() if item == STDIN else read_document(Path(item))


def read_inputs(inputs: Iterable[Path | str]) -> Iterator[Document]:
    """Documents of the inputs in order; raises InputError at the first one that cannot be read."""
    for item in inputs:
        yield read_input(item)


def read_each(inputs: Iterable[Path | str]) -> Iterator[Document | SkippedInput]:
    """Documents of the inputs in order, with a SkippedInput in place of each that cannot be read."""
    for item in inputs:
        try:
            yield read_input(item)
        except InputError as exc:
            yield SkippedInput(str(item), str(exc))
