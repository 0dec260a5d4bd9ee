"""Crash safety: a `kg build` killed with SIGKILL half-way leaves the previous build intact and usable,
and the next build completes and equals a clean one.

The build runs in a subprocess whose code is wrapped (nothing in govkg knows about these tests) so
that it kills itself at a chosen moment, deterministically:

- extract: after the second of three reports has written its shard, before it is recorded;
- merge:   half-way through writing the merged graph.nq (its temporary file);
- turtle:  half-way through serializing graph.ttl;
- load:    half-way through bulk-loading the new store (a temporary store folder);
- swap:    right after the new store has been swapped in, before the old one is removed.

After the kill, graph.nq, graph.ttl and the store (opened read-only, as `kg query` does) are each
complete and either the previous build's or the new one's, and `kg query` answers. Then the build is
run again and must equal a clean build of the same inputs byte for byte, with no temporaries left.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_read_formats import EXCERPT

from kg import build
from kg.cli import main
from kg.pipeline import sample_path

WRAPPER = r'''
import os, signal, sys
import pyoxigraph
import kg.pipeline as pipeline, kg.shards as shards, kg.store as store

phase = os.environ["KG_TEST_CRASH_AT"]

def die():
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)

def dying(items, after):
    for n, item in enumerate(items):
        if n == after:
            die()
        yield item

if phase == "extract":
    original, calls = pipeline.shard_document, []
    def shard_document(*args, **kwargs):
        result = original(*args, **kwargs)
        calls.append(1)
        if len(calls) == 2:
            die()
        return result
    pipeline.shard_document = shard_document
elif phase == "merge":
    import heapq
    class Heapq:
        @staticmethod
        def merge(*streams):
            lines = list(heapq.merge(*streams))
            return dying(lines, len(lines) // 2)
    shards.heapq = Heapq
elif phase == "turtle":
    class OxTurtle:
        def __getattr__(self, name):
            return getattr(pyoxigraph, name)
        def parse(self, *args, **kwargs):
            quads = list(pyoxigraph.parse(*args, **kwargs))
            return dying(quads, len(quads) // 2)
    store.ox = OxTurtle()
elif phase == "load":
    class HalfLoaded:
        def __init__(self, real):
            self.real = real
        def __getattr__(self, name):
            return getattr(self.real, name)
        def bulk_load(self, input=None, format=None, path=None):  # a path or a stream of shards
            source = {"path": path} if path is not None else {"input": input}
            quads = list(pyoxigraph.parse(format=format, **source))
            self.real.bulk_extend(quads[: len(quads) // 2])
            self.real.flush()
            die()
    class OxLoad:
        def __getattr__(self, name):
            return getattr(pyoxigraph, name)
        def Store(self, *args, **kwargs):
            return HalfLoaded(pyoxigraph.Store(*args, **kwargs))
    store.ox = OxLoad()
elif phase == "swap":
    original_exchange = store._exchange
    def exchange(a, b):
        original_exchange(a, b)
        die()
    store._exchange = exchange
else:
    raise SystemExit("unknown phase " + phase)

from kg.cli import main
sys.exit(main())
'''

PHASES = ["extract", "merge", "turtle", "load", "swap"]
OUTPUTS = ["graph.nq", "graph.ttl"]


def variant(year_shift: int, growth: str) -> str:
    """The excerpt with other figures and years: another report (its own IRI and shard)."""
    text = EXCERPT.replace("6.6%", growth).replace("2024年", f"{2024 + year_shift}年")
    return text.replace("2023年", f"{2023 + year_shift}年")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash-inputs")
    old, new = folder / "old", folder / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(sample_path(), old / "a.txt")
    (old / "b.txt").write_text(variant(0, "6.6%"), encoding="utf-8")
    # the new build: one report unchanged, one changed, one added
    shutil.copy(sample_path(), new / "a.txt")
    (new / "b.txt").write_text(variant(0, "7.1%"), encoding="utf-8")
    (new / "c.txt").write_text(variant(1, "5.9%"), encoding="utf-8")
    return old, new


def snapshot(out: Path) -> dict:
    """Everything a reader sees of a build: the two files and the store's quads (opened read-only)."""
    store = ox.Store.read_only(str(out / "store"))
    try:
        quads = {str(q) for q in store}
    finally:
        del store
    return {"graph.nq": (out / "graph.nq").read_bytes(), "graph.ttl": (out / "graph.ttl").read_bytes(),
            "store": quads}


@pytest.fixture(scope="module")
def previous(inputs, tmp_path_factory):
    """The previous build (old inputs), built once and copied for each test."""
    out = tmp_path_factory.mktemp("crash-previous") / "out"
    build([str(inputs[0])], out, html=False)
    return out, snapshot(out)


@pytest.fixture(scope="module")
def clean(inputs, tmp_path_factory):
    """A clean build of the new inputs: what any completed build of them must equal."""
    out = tmp_path_factory.mktemp("crash-clean") / "out"
    build([str(inputs[1])], out, html=False)
    return snapshot(out)


def run_killed(phase: str, new_inputs: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_TEST_CRASH_AT": phase, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, "build", str(new_inputs), "-o", str(out), "--no-html", "--jobs", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def temporaries(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob(".*")
                  if p.name != ".lock" and not str(p.relative_to(out)).startswith("store/"))


@pytest.mark.slow
@pytest.mark.parametrize("phase", PHASES)
def test_a_killed_build_leaves_the_previous_build_intact(phase, inputs, previous, clean, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(previous[0], out)
    old = previous[1]

    killed = run_killed(phase, inputs[1], out)
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])

    after = snapshot(out)
    for name in ("graph.nq", "graph.ttl", "store"):
        assert after[name] in (old[name], clean[name]), f"{name} is neither the old nor the new build"
    if phase in ("extract", "merge"):
        assert after == old  # nothing of the new build was published yet
    if phase == "swap":
        assert after["store"] == clean["store"]
    assert main(["query", "reports", "-g", str(out), "--format", "csv"]) == 0  # kg query still answers
    capsys.readouterr()

    result = build([str(inputs[1])], out, html=False)
    assert not result.skipped
    assert snapshot(out) == clean
    assert temporaries(out) == [], "a killed build's temporary files were left behind"


@pytest.mark.slow
def test_a_killed_first_build_leaves_nothing_half_written(inputs, clean, tmp_path):
    """With no previous build, a kill during the merge leaves no graph.nq at all, never half of one."""
    out = tmp_path / "out"
    killed = run_killed("merge", inputs[1], out)
    assert killed.returncode == -signal.SIGKILL
    assert not (out / "graph.nq").exists() and not (out / "store").exists()
    build([str(inputs[1])], out, html=False)
    assert snapshot(out) == clean
    assert temporaries(out) == []


def test_two_builds_into_one_folder_at_once_are_refused(tmp_path):
    from kg.errors import StoreError
    from kg.store import build_lock

    with build_lock(tmp_path), pytest.raises(StoreError, match="another kg build"):
        build(out_dir=tmp_path, html=False)


def test_a_store_moved_aside_by_a_killed_swap_is_put_back(previous, tmp_path):
    """Without an atomic exchange the swap is two renames; a kill between them leaves the old store
    as .store.old.PID and no store/: the next build (or its cleanup) puts it back first."""
    from kg.store import remove_stale_temporaries

    out = tmp_path / "out"
    shutil.copytree(previous[0], out)
    os.replace(out / "store", out / ".store.old.12345")
    remove_stale_temporaries(out)
    assert snapshot(out) == previous[1]
    assert temporaries(out) == []


def test_the_swap_exchanges_two_folders(tmp_path):
    from kg.store import _exchange

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "new").touch()
    (tmp_path / "b" / "old").touch()
    _exchange(tmp_path / "a", tmp_path / "b")
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["new"]
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["old"]
