"""Bad input: one clear line naming the file and the reason, a non-zero exit, no traceback, no output.

With several inputs the bad ones are reported and skipped, the good ones built.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_read_formats import EXCERPT, write_docx, write_pdf

import kg.read
from kg.errors import InputError
from kg.read import read_document

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"


def _image_only_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 400, 600, fill=1)  # a scanned page: marks, no text layer
    pdf.showPage()
    pdf.save()


def _undecodable(path: Path) -> None:
    # Bytes that are neither UTF-8 nor GB18030 nor anything else that decodes into text.
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)


BAD_INPUTS = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "blank.txt": (lambda p: p.write_bytes(" \n\u3000\n".encode()), "no text"),
    "picture.txt": (lambda p: p.write_bytes(PNG * 20), "binary"),
    "garbage.txt": (_undecodable, "encoding"),
    "report.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"), "unsupported file type .doc (save it as .docx)"),
    "report.exe": (lambda p: p.write_bytes(b"MZ"), "unsupported file type"),
    "locked.pdf": (lambda p: write_pdf(p, EXCERPT, encrypt="secret"), "encrypted"),
    "scan.pdf": (_image_only_pdf, "no text layer"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50), "not a readable pdf"),
    "broken.docx": (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a readable word"),
    "english.txt": (lambda p: p.write_text("Annual report of a company.\n", encoding="utf-8"), "no chinese text"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_with_its_name_and_reason(tmp_path, name):
    make, reason = BAD_INPUTS[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(InputError) as refused:
        read_document(path)
    message = str(refused.value)
    assert str(path) in message
    assert reason.lower() in message.lower()
    assert "\n" not in message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.read, "MAX_INPUT_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text(EXCERPT * 5, encoding="utf-8")
    with pytest.raises(InputError, match="too large.*limit"):
        read_document(path)


def test_the_size_limit_is_a_named_constant():
    assert kg.read.MAX_INPUT_BYTES == 64 * 1024 * 1024


def run_kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, input=stdin, env=env,
                          timeout=300)


@pytest.mark.parametrize("name", ["empty.txt", "picture.txt", "garbage.txt", "report.doc", "locked.pdf",
                                  "scan.pdf", "broken.docx"])
def test_one_bad_input_gives_one_line_and_a_nonzero_exit_and_no_output(tmp_path, name):
    make, reason = BAD_INPUTS[name]
    make(tmp_path / name)
    done = run_kg("build", str(tmp_path / name), "-o", str(tmp_path / "out"), "--no-html")
    err = done.stderr.decode()
    assert done.returncode != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert name in err and reason.lower() in err.lower()
    assert not (tmp_path / "out" / "graph.nq").exists()


def test_a_mixed_folder_builds_the_good_files_and_reports_the_bad_ones(tmp_path):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes(EXCERPT.encode("gb18030"))
    write_docx(folder / "sub" / "good.docx", EXCERPT.replace("2024年1月17日", "2023年1月6日"))
    for name in ("empty.txt", "locked.pdf", "scan.pdf"):
        BAD_INPUTS[name][0](folder / name)
    (folder / "notes.xlsx").write_bytes(b"PK")  # not a report format: not looked at
    done = run_kg("build", str(folder), "-o", str(tmp_path / "out"), "--no-html")
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert "reports: 2" in out
    assert "skipped inputs: 3" in out
    lines = err.strip().splitlines()
    assert len(lines) == 4, err
    for name, line in zip(("empty.txt", "locked.pdf", "scan.pdf"), lines[:3], strict=True):
        assert line.startswith("kg build: skipped ") and name in line
    assert lines[-1] == "kg build: built 2 of 5 inputs; 3 skipped"
    assert (tmp_path / "out" / "graph.nq").stat().st_size > 0


def test_only_bad_inputs_name_each_and_fail_without_output(tmp_path):
    for name in ("empty.txt", "scan.pdf"):
        BAD_INPUTS[name][0](tmp_path / name)
    done = run_kg("build", str(tmp_path / "empty.txt"), str(tmp_path / "scan.pdf"), str(tmp_path / "gone.txt"),
                  "-o", str(tmp_path / "out"), "--no-html")
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0
    assert len(err) == 4, err
    assert "gone.txt: no such file" in err[0]
    assert err[-1] == "kg build: error: none of the 3 inputs could be read"
    assert not (tmp_path / "out" / "graph.nq").exists()


def test_a_failed_build_leaves_the_earlier_build_untouched(tmp_path):
    (tmp_path / "good.txt").write_text(EXCERPT, encoding="utf-8")
    assert run_kg("build", str(tmp_path / "good.txt"), "-o", str(tmp_path / "out"), "--no-html").returncode == 0
    before = (tmp_path / "out" / "graph.nq").read_bytes()
    BAD_INPUTS["scan.pdf"][0](tmp_path / "scan.pdf")
    assert run_kg("build", str(tmp_path / "scan.pdf"), "-o", str(tmp_path / "out"), "--no-html").returncode != 0
    assert (tmp_path / "out" / "graph.nq").read_bytes() == before


def test_binary_data_on_standard_input_is_refused_in_one_line(tmp_path):
    done = run_kg("build", "-", "-o", str(tmp_path / "out"), "--no-html", stdin=PNG * 20)
    err = done.stderr.decode().strip()
    assert done.returncode != 0 and len(err.splitlines()) == 1 and "<stdin>" in err, err


def test_a_pdf_on_standard_input_is_read_as_a_pdf(tmp_path):
    write_pdf(tmp_path / "report.pdf", EXCERPT)
    done = run_kg("build", "-", "-o", str(tmp_path / "out"), "--no-html",
                  stdin=(tmp_path / "report.pdf").read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    assert "stdin.pdf: 乌鲁木齐市 2024" in done.stdout.decode()
