"""Streaming, parallel and incremental builds: shards, reuse of unchanged reports, resumption."""

from __future__ import annotations

import shutil
from pathlib import Path

import kg
from kg import build
from kg.pipeline import sample_path

DATA = Path(__file__).resolve().parent / "data"


def _inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_path(), folder / "shayibake_2024.txt")
    shutil.copy(DATA / "urumqi_2024.txt", folder / "urumqi_2024.txt")
    return [str(folder)]


def test_parallel_build_equals_serial_build(tmp_path):
    inputs = _inputs(tmp_path)
    serial = build(inputs, tmp_path / "serial", html=False, jobs=1)
    parallel = build(inputs, tmp_path / "parallel", html=False, jobs=2)
    assert parallel.files["nquads"].read_bytes() == serial.files["nquads"].read_bytes()
    assert parallel.quads == serial.quads


def test_a_rebuild_with_nothing_changed_reuses_everything(tmp_path):
    inputs = _inputs(tmp_path)
    first = build(inputs, tmp_path / "out", html=False)
    before = first.files["nquads"].read_bytes()
    again = build(inputs, tmp_path / "out", html=False)
    assert again.unchanged and again.reused == 2
    assert again.files["nquads"].read_bytes() == before
    assert again.quads == first.quads


def test_changing_one_report_rebuilds_only_that_one(tmp_path):
    inputs = _inputs(tmp_path)
    build(inputs, tmp_path / "out", html=False)
    report = Path(inputs[0]) / "urumqi_2024.txt"
    report.write_text(report.read_text(encoding="utf-8").replace("4168.5亿元", "4200亿元"), encoding="utf-8")
    again = build(inputs, tmp_path / "out", html=False)
    assert again.reused == 1 and not again.unchanged
    fresh = build(inputs, tmp_path / "fresh", html=False)
    assert again.files["nquads"].read_bytes() == fresh.files["nquads"].read_bytes()
    assert "4200亿元" in again.files["nquads"].read_text(encoding="utf-8")
    # the old version's graph is gone, not merged in
    assert "4168.5亿元" not in again.files["nquads"].read_text(encoding="utf-8")
    assert len(list((tmp_path / "out" / "shards").glob("*.nq"))) == 2


def test_an_interrupted_build_resumes_from_its_shards(tmp_path):
    inputs = _inputs(tmp_path)
    first = build(inputs, tmp_path / "out", html=False)
    # a crash after the shards were written but before the outputs were: outputs and state are missing
    (tmp_path / "out" / "graph.nq").unlink()
    (tmp_path / "out" / "shards" / "build.json").unlink()
    resumed = build(inputs, tmp_path / "out", html=False)
    assert resumed.reused == 2 and not resumed.unchanged
    assert resumed.files["nquads"].read_bytes() == first.files["nquads"].read_bytes()


def test_force_rebuilds_every_report(tmp_path):
    inputs = _inputs(tmp_path)
    build(inputs, tmp_path / "out", html=False)
    forced = build(inputs, tmp_path / "out", html=False, force=True)
    assert forced.reused == 0 and not forced.unchanged


def test_an_unchanged_rebuild_extracts_nothing_and_keeps_the_outputs(tmp_path, monkeypatch):
    import kg.pipeline

    inputs = _inputs(tmp_path)
    first = build(inputs, tmp_path / "out", html=False, jobs=2)
    stamps = {name: path.stat().st_mtime_ns for name, path in first.files.items()}

    def no_extraction(*_args, **_kwargs):
        raise AssertionError("an unchanged report was extracted again")

    monkeypatch.setattr(kg.pipeline, "extract_document", no_extraction)
    monkeypatch.setattr(kg.pipeline, "write_turtle", no_extraction)
    monkeypatch.setattr(kg.pipeline, "build_store", no_extraction)
    again = build(inputs, tmp_path / "out", html=False, jobs=2)
    assert again.unchanged and again.reused == 2 and not again.skipped
    assert {name: path.stat().st_mtime_ns for name, path in again.files.items()} == stamps


def test_the_store_holds_exactly_the_quads_of_graph_nq(tmp_path):
    import pyoxigraph as ox

    from kg.store import NAME_INDEX_GRAPH, open_store

    result = build(_inputs(tmp_path), tmp_path / "out", html=False, jobs=2)
    store = open_store(result.out_dir)
    in_store = sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in store
                      if q.graph_name != ox.NamedNode(NAME_INDEX_GRAPH))  # besides the store's own name index
    assert any(True for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(NAME_INDEX_GRAPH)))
    del store
    assert in_store == result.files["nquads"].read_text(encoding="utf-8").splitlines()
    assert len(in_store) == result.quads
    parsed = list(ox.parse(path=str(result.files["turtle"]), format=ox.RdfFormat.TURTLE))
    assert len(parsed) == result.quads  # the Turtle is the union of the graphs, nothing lost


def test_merging_shards_in_rounds_equals_one_pass(tmp_path, monkeypatch):
    import random

    import kg.shards
    from kg.shards import merge_sorted

    rng = random.Random(3)
    pool = [f"<s{rng.randrange(500)}> <p> \"{rng.random()}\" <g{rng.randrange(3)}> ." for _ in range(400)]
    paths = []
    for i in range(9):  # shards share some lines, as shared-graph facts do
        path = tmp_path / f"{i}.nq"
        path.write_text("".join(f"{line}\n" for line in sorted(set(rng.sample(pool, 60)))), encoding="utf-8")
        paths.append(path)
    expected = sorted({line for p in paths for line in p.read_text(encoding="utf-8").splitlines()})
    assert merge_sorted(paths, tmp_path / "one.nq") == len(expected)
    monkeypatch.setattr(kg.shards, "MERGE_FAN_IN", 2)
    assert merge_sorted(paths, tmp_path / "rounds.nq") == len(expected)
    assert (tmp_path / "one.nq").read_text(encoding="utf-8").splitlines() == expected
    assert (tmp_path / "rounds.nq").read_bytes() == (tmp_path / "one.nq").read_bytes()
    assert not list(tmp_path.glob(".merge.*"))  # the rounds' temporary files are gone


def test_the_extractor_version_covers_every_extraction_module_and_data_file():
    """A change to any module that turns text into triples (kg/extract/entities/ is a package) or to any
    data file must rebuild the reports: each of them is hashed into the extractor version."""
    from kg.shards import versioned_files

    kg_dir = Path(kg.__file__).resolve().parent
    hashed = set(versioned_files())
    modules = set((kg_dir / "extract").rglob("*.py")) - {p for p in (kg_dir / "extract").rglob("*.py")
                                                         if "__pycache__" in p.parts}
    assert (kg_dir / "extract" / "entities" / "honors.py") in modules
    assert modules <= hashed
    assert {p for p in (kg_dir / "data").glob("*.tsv")} <= hashed
    assert (kg_dir / "emit.py") in hashed and (kg_dir / "resolve.py") in hashed


def test_shards_rebuilt_by_another_extractor_version_are_merged_again(tmp_path, monkeypatch):
    """A folder built by another extractor version (another checkout, an older release): its shards are
    rebuilt under the same names, and graph.nq must be merged again, not kept as 'up to date'."""
    import kg.shards

    report = tmp_path / "report.txt"
    report.write_bytes(sample_path().read_bytes())
    out = tmp_path / "out"
    monkeypatch.setattr(kg.shards, "extractor_version", lambda: "older-version")
    build([str(report)], out_dir=out, html=False)
    fresh = (out / "graph.nq").read_bytes()
    # what the older version wrote differs from what this one writes (here: one line less)
    (out / "graph.nq").write_bytes(b"".join(fresh.splitlines(keepends=True)[1:]))

    monkeypatch.setattr(kg.shards, "extractor_version", lambda: "this-version")
    build([str(report)], out_dir=out, html=False)
    assert (out / "graph.nq").read_bytes() == fresh


def test_shards_sort_as_bytes_in_the_code_point_order_the_merge_uses(tmp_path):
    from kg.shards import merge_sorted, shard_bytes, write_shard

    # ASCII, CJK, full-width and astral characters: UTF-8 byte order must equal str order (UTF-16 would not)
    lines = ["<a> <b> \"ｚ\" .", "<a> <b> \"𠀀\" .", "<a> <b> \"中\" .", "<a> <b> \"z\" .", "<a> <b> \"\uffff\" .",
             "<a> <b> \"中国\" .", "<A> <b> \"x\" ."]
    assert shard_bytes(lines).decode("utf-8") == "".join(f"{line}\n" for line in sorted(lines))
    assert shard_bytes([]) == b""
    assert shard_bytes(iter(lines)) == shard_bytes(set(lines)) == shard_bytes(lines)  # any iterable
    # a line holding a line break (N-Quads escapes them) still sorts as one line
    broken = lines + ["<a> <b> \"x\ny\" .", "<a> <b> \"\n\" ."]
    assert shard_bytes(broken) == b"".join(line.encode("utf-8") + b"\n" for line in sorted(broken))
    write_shard(tmp_path, "one.nq", lines[:4])
    write_shard(tmp_path, "two.nq", lines[2:])
    target = tmp_path / "merged.nq"
    assert merge_sorted([tmp_path / "shards" / "one.nq", tmp_path / "shards" / "two.nq"], target) == len(lines)
    assert target.read_text(encoding="utf-8").splitlines() == sorted(lines)
