"""The command line: every command works, has --help, and bad input gives one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent


def run_kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, input=stdin, timeout=300)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "example" in capsys.readouterr().out


def test_build_prints_a_summary_and_writes_every_output(tmp_path):
    done = run_kg("build", "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    for line in ("reports: 1", "sentences:", "administrative units:", "measurements:", "triples:", "seconds:"):
        assert line in out
    for name in ("graph.ttl", "graph.nq", "graph.html"):
        assert (tmp_path / "out" / name).stat().st_size > 1000
    assert (tmp_path / "out" / "store").is_dir()
    assert done.stderr.decode().strip() == ""  # no library chatter (jieba's log) on stderr


def test_query_by_name_with_a_parameter(sample_build):
    done = run_kg("query", "outcomes_by_indicator", "-g", str(sample_build.out_dir), "--param", "unit=沙依巴克区",
                  "--format", "csv")
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().splitlines()
    assert len(lines) > 50
    assert "地区生产总值" in done.stdout.decode()


def test_query_text_and_table_format(sample_build):
    done = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a gov:Outcome }", "-g", str(sample_build.out_dir))
    assert done.returncode == 0, done.stderr.decode()
    assert "(1 row)" in done.stdout.decode()


def test_query_list_names_every_library_query():
    done = run_kg("query", "--list")
    assert done.returncode == 0
    assert "outcomes_by_indicator" in done.stdout.decode()
    assert "honors" in done.stdout.decode()


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "/no/such/report.txt", "-o", "{tmp}"], "no such file"),
        (["build", "{tmp}/report.exe", "-o", "{tmp}/o"], "unsupported file type"),
        (["query", "SELECT WHERE {", "-g", "{build}"], "malformed SPARQL"),
        (["query", "no_such_query", "-g", "{build}"], "no query named"),
        (["query", "reports", "-g", "{tmp}/empty"], "no built graph"),
        (["eval", "{tmp}/bad.gold.json", "-g", "{build}"], "gold"),
        (["query", "reports", "-g", "{build}", "--param", "broken"], "NAME=VALUE"),
    ],
)
def test_bad_input_gives_one_line_and_a_nonzero_exit(args, message, tmp_path, sample_build):
    (tmp_path / "report.exe").write_text("x")
    (tmp_path / "bad.gold.json").write_text("{not json")
    filled = [a.replace("{tmp}", str(tmp_path)).replace("{build}", str(sample_build.out_dir)) for a in args]
    done = run_kg(*filled)
    err = done.stderr.decode().strip()
    assert done.returncode != 0
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert message.lower() in err.lower()


def test_empty_report_is_refused_without_output(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    done = run_kg("build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"))
    assert done.returncode != 0
    assert "no text" in done.stderr.decode()
    assert not (tmp_path / "out" / "graph.nq").exists()


def test_build_reads_gb18030_from_stdin(tmp_path):
    report = "政府工作报告\n——2024年1月8日在测试市第一届人民代表大会第一次会议上\n各位代表：\n全年地区生产总值增长6.5%。\n"
    done = run_kg("build", "-", "-o", str(tmp_path / "out"), "--no-html", stdin=report.encode("gb18030"))
    assert done.returncode == 0, done.stderr.decode()
    assert "measurements: 1" in done.stdout.decode()


def test_eval_takes_a_folder_of_gold_files(tmp_path, sample_build):
    gold = ROOT / "eval" / "heldout" / "xiamen_2017_excerpt.gold.json"
    folder = tmp_path / "golds"
    folder.mkdir()
    (folder / gold.name).write_bytes(gold.read_bytes())
    (folder / "notes.txt").write_text("not a gold file")
    by_file = run_kg("eval", str(gold), "-g", str(sample_build.out_dir))
    by_folder = run_kg("eval", str(folder), "-g", str(sample_build.out_dir))
    assert by_file.returncode == by_folder.returncode == 0, by_folder.stderr.decode()
    assert by_folder.stdout == by_file.stdout
    assert b"xiamen_2017_excerpt" in by_folder.stdout

    empty = tmp_path / "empty"
    empty.mkdir()
    done = run_kg("eval", str(empty), "-g", str(sample_build.out_dir))
    assert done.returncode != 0
    assert done.stderr.decode().strip() == f"kg eval: error: {empty}: no *.gold.json files in this folder"
