"""`make demo` works on a fresh clone: the README's first command, as a newcomer runs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_make_demo_from_a_clean_clone(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the demo test needs git and a git checkout")
    clone = tmp_path / "govkg"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    done = subprocess.run(["make", "demo"], cwd=clone, capture_output=True, timeout=900)
    out = done.stdout.decode()
    assert done.returncode == 0, out[-3000:] + done.stderr.decode()[-3000:]
    assert "file://" in out and "graph.html" in out
    output = clone / "output"
    graph = Graph().parse(output / "graph.ttl", format="turtle")
    assert len(graph) > 1000
    assert (output / "graph.nq").stat().st_size > 1000
    assert (output / "graph.html").stat().st_size > 10000
    assert "全国模范人民调解委员会" in out  # the demo's query printed rows
