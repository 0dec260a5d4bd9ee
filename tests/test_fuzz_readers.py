"""Fuzzing the readers: random and broken files of every format give a Document or one InputError.

Every case runs `document_from_bytes` (the path of `kg build`) and, when a Document comes back, the
structure stage, and checks:

- nothing but govkg's own error (kg.errors.KgError: InputError) escapes;
- each case is time-bounded: SIGALRM raises in Python code after CASE_SECONDS, and faulthandler
  kills the run (a visible failure with every thread's stack) if native code hangs past twice that;
- the offsets are consistent: `text[start:end]` is each sentence, sections lie within the text.

Valid PDF, DOCX and HTML files are written by the test with real writers, then truncated and
byte-flipped. The number of cases run is printed in the "hardening" part of the terminal summary.
"""

from __future__ import annotations

import codecs
import faulthandler
import functools
import io
import shutil
import signal
import tempfile
import time
import zipfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from hardening import summary
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_read_formats import EXCERPT, report_page, write_docx, write_pdf

from kg.errors import KgError
from kg.model import Document
from kg.read import document_from_bytes
from kg.readers import sniff_suffix
from kg.structure import structure_report

CASE_SECONDS = 20.0
CASES: Counter = Counter()
OUTCOMES: Counter = Counter()
FUZZ = settings(max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx"]


class Hang(Exception):
    pass


@contextmanager
def time_bound(seconds: float = CASE_SECONDS):
    def alarm(*_):
        raise Hang(f"a case ran longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(2 * seconds, exit=True)  # a hang inside native code
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def check(data: bytes, suffix: str, kind: str) -> Document | None:
    """One fuzz case: a Document with consistent offsets, or govkg's own error; never anything else."""
    CASES[kind] += 1
    started = time.perf_counter()
    with time_bound():
        try:
            document = document_from_bytes(data, suffix, source="fuzz" + suffix)
        except KgError as exc:
            message = str(exc)
            assert message.startswith("fuzz" + suffix + ":"), message  # names the input
            assert "\n" not in message.strip() and "Traceback" not in message, message
            OUTCOMES["refused"] += 1
            return None
        report = structure_report(document)
    text = document.text
    for sentence in report.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
    for section in report.sections:
        assert 0 <= section.start <= section.end <= len(text)
    assert time.perf_counter() - started < CASE_SECONDS
    OUTCOMES["read"] += 1
    return document


@pytest.fixture(scope="module", autouse=True)
def _count_cases(request):
    yield
    total = sum(CASES.values())
    parts = ", ".join(f"{kind} {n}" for kind, n in sorted(CASES.items()))
    summary(request.config, f"fuzz (readers): {total} cases ran ({OUTCOMES['read']} read, "
                            f"{OUTCOMES['refused']} refused with InputError): {parts}")


# ---- valid files to break ------------------------------------------------------------------------


@functools.cache
def valid_files() -> dict[str, bytes]:
    """(Not a fixture: hypothesis would print the whole files with each failing case.)"""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-valid-"))
    write_pdf(folder / "r.pdf", EXCERPT)
    write_docx(folder / "r.docx", EXCERPT, table=[["指标", "数值"], ["地区生产总值", "增长6.6%"]])
    files = {".pdf": (folder / "r.pdf").read_bytes(), ".docx": (folder / "r.docx").read_bytes(),
             ".html": report_page(EXCERPT).encode("utf-8"), ".txt": EXCERPT.encode("gb18030")}
    for suffix, data in files.items():  # the unbroken files read, so breaking them is what is tested
        assert check(data, suffix, "valid") is not None, suffix
    shutil.rmtree(folder, ignore_errors=True)
    return files


# ---- strategies ----------------------------------------------------------------------------------

REPORT_CHARS = "0123456789.%，。；：、“”（）《》—·一二三四五六七八九十年月日增长亿元万人区市县政府工作报告回顾重点\n\u3000"
CONTROL = "".join(map(chr, range(0, 32))) + "\x7f\x85\u2028\u2029\ufeff\ufffd\u200b\u202e\udfff"
hostile_text = st.text(alphabet=st.one_of(st.sampled_from(REPORT_CHARS), st.sampled_from(CONTROL),
                                          st.characters(codec="utf-8")), max_size=600)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-16", "gb18030", "gbk", "big5", "latin-1",
             "shift_jis"]


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="ignore" if encoding != "utf-8-sig" else "surrogatepass")


mixed_bytes = st.lists(st.tuples(hostile_text, st.sampled_from(ENCODINGS)), min_size=1, max_size=4).map(
    lambda parts: b"".join(encode(t, e) if e != "utf-8-sig" else codecs.BOM_UTF8 + encode(t, "utf-8")
                           for t, e in parts))


# ---- the cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [*SUFFIXES, "stdin"])
@FUZZ
@given(data=st.binary(max_size=3000), head=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04word/", b"<html>"]))
def test_random_bytes(suffix, data, head):
    """Random bytes, some behind a format's magic bytes; "stdin": the format sniffed as `kg build -` does."""
    data = head + data
    check(data, sniff_suffix(data) if suffix == "stdin" else suffix, f"random bytes {suffix}")


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@FUZZ
@given(data=mixed_bytes)
def test_unicode_control_characters_and_mixed_encodings(suffix, data):
    check(data, suffix, f"mixed encodings {suffix}")


@FUZZ
@given(text=hostile_text, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_hostile_text_inside_a_web_page(text, encoding):
    page = report_page(EXCERPT).replace("</div>\n<div class=\"share\">", f"<p>{text}</p></div>\n<div class=\"share\">")
    check(page.encode(encoding, errors="ignore"), ".html", "hostile text in html")


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".txt"])
@FUZZ
@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8))
def test_truncated_and_corrupted_files(suffix, cut, flips):
    data = bytearray(valid_files()[suffix])
    for where, value in flips:
        data[min(int(where * len(data)), len(data) - 1)] = value
    data = bytes(data[: max(1, int(cut * len(data)))]) if cut < 0.98 else bytes(data)
    check(data, suffix, f"corrupted {suffix}")


@FUZZ
@given(xml=st.one_of(hostile_text, st.binary(max_size=800).map(lambda b: b.decode("latin-1"))),
       keep_prefix=st.booleans())
def test_docx_with_a_broken_document_part(xml, keep_prefix):
    """A well-formed zip whose word/document.xml is random text or a cut-off copy of the real one."""
    source = zipfile.ZipFile(io.BytesIO(valid_files()[".docx"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = (body[: len(body) // 2] if keep_prefix else b"") + xml.encode("utf-8", "surrogatepass")
            out.writestr(item, body)
    check(buffer.getvalue(), ".docx", "broken docx part")


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_very_long_lines(suffix):
    line = "全年实现地区生产总值增长6.6%，一般公共预算收入完成257.35亿元、增长21.9%，" * 6000  # 270k chars
    for text in (line, "政府工作报告\n" + line + "\n各位代表：\n" + line, "\u3000" * 200000 + "增长6.6%。"):
        data = text.encode("utf-8")
        if suffix == ".html":
            data = b"<html><body><p>" + data + b"</p></body></html>"
        document = check(data, suffix, f"long line {suffix}")
        assert document is None or len(document.text) > 1000 or "\u3000" * 1000 in text


def test_deep_markup_is_refused_or_read():
    """Nesting deeper than any parser's recursion limit: one clear error or the text, never a crash."""
    deep = b"<div>" * 100000 + "各位代表：全年实现地区生产总值增长6.6%。".encode() + b"</div>" * 100000
    check(b"<html><body>" + deep + b"</body></html>", ".html", "deep markup")


def test_a_docx_zip_bomb_is_refused(monkeypatch):
    """A small .docx whose document part unpacks to far more than any report is refused unread."""
    import kg.readers.docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 4 << 20)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("word/document.xml", b" " * (8 << 20))
    assert len(buffer.getvalue()) < 100_000
    with pytest.raises(KgError, match="unpacks to"):
        document_from_bytes(buffer.getvalue(), ".docx", source="bomb.docx")
    CASES["zip bomb"] += 1
