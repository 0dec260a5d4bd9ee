"""`kg stats`: counts per class and relation, the most central things, communities."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pytest

from kg.cli import main
from kg.views.stats import analysis_graph, build_stats, pagerank


@pytest.fixture(scope="module")
def stats(sample_build):
    return build_stats(sample_build.out_dir)


def test_counts_match_the_rdf(stats, sample_dataset):
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    types = Counter(str(o).rsplit("#", 1)[-1] for _s, p, o in sample_dataset.triples((None, None, None))
                    if str(p) == rdf_type)
    assert stats.classes["gov:Outcome"] == types["Outcome"]
    assert stats.classes["gov:Sentence"] == types["Sentence"]
    assert stats.classes["gov:Report"] == 1
    assert stats.triples == len(sample_dataset)
    assert sum(stats.relations.values()) == stats.triples
    assert stats.relations["gov:mentionedIn"] > 100


def test_the_reporting_unit_is_the_most_central_unit(stats):
    assert stats.central["AdministrativeUnit"][0].label == "沙依巴克区"
    for kind in ("Program", "Indicator", "Organization"):
        rows = stats.central[kind]
        assert rows and all(r.degree > 0 for r in rows[:3])  # co-mentions connect programs too
        assert [r.pagerank for r in rows] == sorted((r.pagerank for r in rows), reverse=True)


def test_communities_cover_connected_things(stats):
    assert stats.community_count > 3
    sizes = [c.size for c in stats.communities]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] >= 5
    assert "沙依巴克区" in [m for c in stats.communities for m in c.members]


def test_pagerank_agrees_with_networkx_on_a_small_graph():
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 2), ("b", "c", 1), ("c", "a", 1), ("c", "d", 3)])
    g.add_node("e")  # a dangling node
    ours = pagerank(g)
    assert abs(sum(ours.values()) - 1) < 1e-9
    # networkx's pure-Python PageRank is private; its public one needs scipy, which govkg does not install
    reference_pagerank = getattr(nx.algorithms.link_analysis.pagerank_alg, "_pagerank_python", None)
    if reference_pagerank is None:
        pytest.skip("this networkx has no pure-Python PageRank to compare with")
    reference = reference_pagerank(g, weight="weight", tol=1e-12)
    assert all(abs(ours[n] - reference[n]) < 1e-8 for n in g)


def test_analysis_graph_folds_measurements_and_adds_co_mentions(sample_build):
    from kg.views.network import load_projection

    a = analysis_graph(load_projection(sample_build.out_dir))
    assert not any(d["kind"] in ("Outcome", "Target") for _n, d in a.nodes(data=True))
    programs = [n for n, d in a.nodes(data=True) if d["kind"] == "Program"]
    assert any(a.degree(n) for n in programs)


def test_kg_stats_text_and_json(sample_build, capsys):
    assert main(["stats", "-g", str(sample_build.out_dir), "--top", "3"]) == 0
    out = capsys.readouterr().out
    for heading in ("instances per class", "triples per relation", "most central", "communities"):
        assert heading in out
    assert "gov:Outcome" in out and "沙依巴克区" in out
    assert main(["stats", "-g", str(sample_build.out_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["central"]["AdministrativeUnit"][0]["label"] == "沙依巴克区"
    assert len(data["central"]["Program"]) <= 10


def test_kg_stats_without_a_build(tmp_path, capsys):
    assert main(["stats", "-g", str(tmp_path)]) != 0
    assert "no built graph here" in capsys.readouterr().err
