"""`kg export`: every RDF format round-trips to the build's quads, sorted and byte-stable; shards per graph."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cli
from kg.export import FORMATS, export_graph, export_shards, ontology_store, sorted_unique

ROOT = Path(__file__).resolve().parent.parent


def build_lines(build) -> list[str]:
    return (build.out_dir / "graph.nq").read_text(encoding="utf-8").splitlines()


def test_nquads_export_is_the_builds_graph_nq_byte_for_byte(sample_build, tmp_path):
    result = export_graph(sample_build.out_dir, "nq", tmp_path / "all.nq")
    assert (tmp_path / "all.nq").read_bytes() == (sample_build.out_dir / "graph.nq").read_bytes()
    assert result.quads == sample_build.quads and result.graphs == 2


def test_turtle_export_is_the_builds_graph_ttl(sample_build, tmp_path):
    export_graph(sample_build.out_dir, "ttl", tmp_path / "all.ttl")
    assert (tmp_path / "all.ttl").read_bytes() == (sample_build.out_dir / "graph.ttl").read_bytes()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_round_trips_and_is_deterministic(sample_build, tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    export_graph(sample_build.out_dir, fmt, first)
    export_graph(sample_build.out_dir, fmt, second)
    assert first.read_bytes() == second.read_bytes()
    expected = {ox.Quad(*q) for q in ox.parse(path=str(sample_build.out_dir / "graph.nq"), format=ox.RdfFormat.N_QUADS)}
    parsed = list(ox.parse(path=str(first), format=FORMATS[fmt]))
    if fmt in ("nt", "ttl"):  # the union of the graphs
        assert {str(t) for t in parsed} == {str(ox.Triple(q.subject, q.predicate, q.object)) for q in expected}
    else:
        assert set(parsed) == expected


def test_line_formats_are_sorted(sample_build, tmp_path):
    for fmt in ("nt", "nq"):
        export_graph(sample_build.out_dir, fmt, tmp_path / f"x.{fmt}")
        lines = (tmp_path / f"x.{fmt}").read_text(encoding="utf-8").splitlines()
        assert lines == sorted(set(lines))


def test_turtle_subjects_come_in_sorted_order(sample_build, tmp_path):
    export_graph(sample_build.out_dir, "ttl", tmp_path / "x.ttl")
    subjects = []
    for triple in ox.parse(path=str(tmp_path / "x.ttl"), format=ox.RdfFormat.TURTLE):
        if not subjects or subjects[-1] != str(triple.subject):
            subjects.append(str(triple.subject))
    assert subjects == sorted(set(subjects))  # each subject once, in order


def test_trig_groups_each_graph_once(sample_build, tmp_path):
    export_graph(sample_build.out_dir, "trig", tmp_path / "x.trig")
    text = (tmp_path / "x.trig").read_text(encoding="utf-8")
    assert text.count("<https://w3id.org/govkg/id/graph/shared> {") == 1
    assert text.count("{") == 2


def test_with_ontology_adds_the_ontology_as_its_own_graph(sample_build, tmp_path):
    graph, ontology = ontology_store()
    assert graph == "https://w3id.org/govkg/def"
    result = export_graph(sample_build.out_dir, "nq", tmp_path / "x.nq", with_ontology=True)
    assert result.graphs == 3
    assert result.quads == sample_build.quads + len(ontology)
    parsed = list(ox.parse(path=str(tmp_path / "x.nq"), format=ox.RdfFormat.N_QUADS))
    assert sum(1 for q in parsed if q.graph_name == ox.NamedNode(graph)) == len(ontology)


def test_shards_one_file_per_graph_whose_union_is_the_build(sample_build, tmp_path):
    result = export_shards(sample_build.out_dir, tmp_path / "shards")
    names = sorted(p.name for p in (tmp_path / "shards").iterdir())
    assert names == sorted(s.path.name for s in result.shards)
    assert "shared.nq" in names and sum(n.startswith("report-") for n in names) == 1
    union = sorted(line for p in (tmp_path / "shards").iterdir() for line in p.read_text(encoding="utf-8").splitlines())
    assert union == build_lines(sample_build)
    for shard in result.shards:
        lines = shard.path.read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == shard.quads
        assert all(line.endswith(f" <{shard.graph}> .") for line in lines)


def test_shards_with_ontology(sample_build, tmp_path):
    result = export_shards(sample_build.out_dir, tmp_path / "s", with_ontology=True)
    names = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert names[0] == "ontology.nq" and names[2] == "shared.nq" and names[1].startswith("report-")
    assert len(result.shards) == 3


def test_external_sort_merges_spilled_runs_and_drops_duplicates():
    lines = [f"<http://x/{i % 997}> <http://p> \"{i % 13}\"" for i in range(5000)]
    assert list(sorted_unique(lines, run=100)) == sorted(set(lines))
    assert list(sorted_unique([], run=10)) == []


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(sample_build, tmp_path, monkeypatch):
    target = tmp_path / "x.ttl"
    target.write_text("old")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ox, "serialize", broken)
    with pytest.raises(OSError):
        export_graph(sample_build.out_dir, "ttl", target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


def test_export_to_a_stream(sample_build):
    out = io.BytesIO()
    export_graph(sample_build.out_dir, "nt", out)
    assert out.getvalue().count(b"\n") == sample_build.quads


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, timeout=300)


def test_cli_export_to_stdout_and_to_a_file(sample_build, tmp_path):
    done = run_kg("export", "-g", str(sample_build.out_dir), "--format", "nq")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == (sample_build.out_dir / "graph.nq").read_bytes()
    done = run_kg("export", "-g", str(sample_build.out_dir), "--format", "trig", "-o", str(tmp_path / "g.trig"))
    assert done.returncode == 0, done.stderr.decode()
    assert "wrote" in done.stdout.decode() and (tmp_path / "g.trig").stat().st_size > 1000


def test_cli_graph_per_report(sample_build, tmp_path):
    done = run_kg("export", "-g", str(sample_build.out_dir), "--graph-per-report", str(tmp_path / "shards"))
    assert done.returncode == 0, done.stderr.decode()
    assert len(list((tmp_path / "shards").glob("*.nq"))) == 2
    done = run_kg("export", "-g", str(sample_build.out_dir), "--graph-per-report", str(tmp_path / "s"), "--format", "ttl")
    assert done.returncode != 0 and b"--graph-per-report" in done.stderr


def test_cli_export_without_a_build_says_so(tmp_path):
    done = run_kg("export", "-g", str(tmp_path / "nothing"), "--format", "nq")
    assert done.returncode == 4
    assert done.stderr.decode().count("\n") == 1 and "no built graph" in done.stderr.decode()


def test_network_formats_go_to_the_network_exporter(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(cli, "_export_network", lambda args: seen.append(args.format) or 0, raising=False)
    assert cli.main(["export", "-g", str(tmp_path), "--format", "graphml", "-o", str(tmp_path / "x.graphml")]) == 0
    assert cli.main(["export", "-g", str(tmp_path), "--format", "gexf", "-o", str(tmp_path / "x.gexf")]) == 0
    assert seen == ["graphml", "gexf"]
