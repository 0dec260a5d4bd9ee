"""The networkx projection, the views of big graphs, the HTML page (offline, escaped) and `kg viz`/`kg export`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.cli import main
from kg.consts import GOV
from kg.views.html import render_projection, script_json, write_network
from kg.views.network import load_projection, name_spans, to_networkx, write_network_file
from kg.views.select import (
    MAX_NODES,
    ViewError,
    ViewOptions,
    around,
    fold_measurements,
    from_edges,
    of_report,
    of_types,
    select_view,
)

REGION = "https://w3id.org/govkg/id/unit/650103"
EVIL = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>",
        "<!--", "]]>", "\u2028"]


@pytest.fixture(scope="module")
def projection(sample_build):
    return load_projection(sample_build.out_dir)


def evil_graph() -> Graph:
    """A small graph with markup in every string a page shows: labels, headings, sentences, values, reports."""
    g = Graph()
    base = "https://example.org/id/"
    report, section, sentence = URIRef(base + "report/r"), URIRef(base + "report/r/section/1"), URIRef(base + "report/r/sentence/0-60")
    unit, program, measurement, indicator = (URIRef(base + x) for x in ("unit/u", "program/p", "report/r/measurement/3-9", "indicator/i"))
    text = f"我区{EVIL[0]}推进{EVIL[1]}工程,完成投资12亿元{EVIL[2]}。"
    for s, cls in ((report, GOV.Report), (section, GOV.Section), (sentence, GOV.Sentence), (unit, GOV.CountyLevelUnit),
                   (program, GOV.Program), (measurement, GOV.Outcome), (indicator, GOV.Indicator)):
        g.add((s, ns.RDF.type, cls))
    g.add((report, ns.RDFS.label, Literal(f"报告{EVIL[0]}", lang="zh")))
    g.add((report, GOV.sourceFile, Literal(f"{EVIL[1]}.txt")))
    g.add((section, GOV.heading, Literal(f"一、{EVIL[1]}标题{EVIL[3]}")))
    g.add((section, GOV.inReport, report))
    g.add((section, GOV.order, Literal(1)))
    g.add((sentence, GOV.text, Literal(text)))
    g.add((sentence, GOV.start, Literal(0)))
    g.add((sentence, GOV.inReport, report))
    g.add((sentence, GOV.inSection, section))
    g.add((unit, ns.RDFS.label, Literal(f"沙依巴克区{EVIL[0]}", lang="zh")))
    g.add((unit, ns.SKOS.altLabel, Literal("我区", lang="zh")))
    g.add((program, ns.RDFS.label, Literal(f"{EVIL[1]}工程", lang="zh")))
    g.add((indicator, ns.RDFS.label, Literal(f"投资{EVIL[4]}{EVIL[5]}", lang="zh")))
    g.add((measurement, GOV.value, Literal("1200000000", datatype=ns.XSD.decimal)))
    g.add((measurement, GOV.unit, Literal(f"元{EVIL[1]}")))
    g.add((measurement, GOV.surfaceText, Literal("12亿元")))
    g.add((measurement, GOV.indicator, indicator))
    g.add((program, GOV.locatedIn, unit))
    for thing in (unit, program, measurement):
        g.add((thing, GOV.mentionedIn, sentence))
    return g


# --- the projection ---------------------------------------------------------------------------------

def test_projection_has_every_thing_and_measurement(projection, sample_dataset):
    kinds = {d["kind"] for _n, d in projection.nodes(data=True)}
    assert {"AdministrativeUnit", "Program", "Project", "Organization", "Honor", "Indicator", "Outcome"} <= kinds
    outcomes = set(sample_dataset.subjects(ns.RDF.type, GOV.Outcome))
    assert sum(1 for _n, d in projection.nodes(data=True) if d["kind"] == "Outcome") == len(outcomes)
    assert projection.nodes[REGION]["label"] == "沙依巴克区"
    assert {"partOf", "locatedIn", "indicator"} <= {k for _u, _v, k in projection.edges(keys=True)}


def test_projection_from_rdflib_equals_projection_from_oxigraph(projection, sample_dataset):
    from_rdflib = to_networkx(sample_dataset)
    assert dict(from_rdflib.nodes(data=True)) == dict(projection.nodes(data=True))
    assert sorted(from_rdflib.edges(keys=True)) == sorted(projection.edges(keys=True))


def test_mention_spans_point_at_the_mention(projection):
    sentences = projection.graph["sentences"]
    checked = 0
    for _node, data in projection.nodes(data=True):
        for mention in data["mentions"]:
            text = sentences[mention["sentence"]]["text"]
            for a, b in mention["spans"]:
                if data["kind"] in ("Outcome", "Target"):
                    assert text[a:b] == data["surface"]
                else:
                    assert text[a:b] in [data["label"], *data["alt"]]
                checked += 1
    assert checked > 200
    region = projection.nodes[REGION]
    assert all(m["spans"] for m in region["mentions"])  # 沙依巴克区 or 我区/全区 is found in every sentence


def test_name_spans_prefer_the_longest_name():
    assert name_spans("沙依巴克区和沙区", ["沙区", "沙依巴克区"]) == [(0, 5), (6, 8)]
    assert name_spans("无关", ["沙区"]) == []


def test_refarea_of_the_reporting_unit_is_not_an_edge(projection):
    # every figure is about the reporting unit: as edges they would tie everything to one hub
    assert not any(k == "refArea" and v == REGION for _u, v, k in projection.edges(keys=True))


# --- views ------------------------------------------------------------------------------------------

def test_around_a_unit_reaches_its_neighbours(projection):
    near = around(projection, ["沙依巴克区"], depth=1)
    labels = {d["label"] for _n, d in near.nodes(data=True)}
    assert {"沙依巴克区", "乌鲁木齐市", "扬子江路街道"} <= labels
    deeper = around(projection, ["沙依巴克区"], depth=2)
    assert near.number_of_nodes() < deeper.number_of_nodes() < projection.number_of_nodes()
    assert around(projection, ["我区"], depth=0).nodes[REGION]  # an alternative label finds it too


def test_around_an_unknown_name_says_so_with_similar_names(projection):
    with pytest.raises(ViewError, match="no node named '沙依巴克'.*similar: 沙依巴克区"):
        around(projection, ["沙依巴克"], depth=1)


def test_type_keeps_only_those_classes(projection):
    view = of_types(projection, ["Project", "program"])
    assert {d["kind"] for _n, d in view.nodes(data=True)} == {"Project", "Program"}
    assert {d["kind"] for _n, d in of_types(projection, ["Measurement"]).nodes(data=True)} == {"Outcome"}
    with pytest.raises(ViewError, match="unknown class 'Projekt'"):
        of_types(projection, ["Projekt"])


def test_report_view_by_file_name_path_or_iri(projection):
    iri = next(iter(projection.graph["reports"]))
    by_name = of_report(projection, "shayibake_2024.txt")
    assert set(of_report(projection, "/some/where/shayibake_2024.txt")) == set(by_name)
    assert set(of_report(projection, iri)) == set(by_name)
    assert REGION in by_name
    for node in by_name:  # mentioned in the report, or what a mentioned thing points to (indicator, parent)
        assert by_name.nodes[node]["mentions"] or any(
            by_name.nodes[p]["mentions"] for p in projection.predecessors(node) if p in by_name)
    with pytest.raises(ViewError, match="no report 'nope.txt'.*shayibake_2024.txt"):
        of_report(projection, "nope.txt")


def test_fold_measurements_moves_values_and_sentences_onto_indicators(projection):
    folded = fold_measurements(projection)
    assert not any(d["kind"] in ("Outcome", "Target") for _n, d in folded.nodes(data=True))
    measurements = [n for n, d in projection.nodes(data=True) if d["kind"] == "Outcome"]
    rows = sum(len(d.get("measurements", [])) for _n, d in folded.nodes(data=True))
    assert rows == len(measurements)
    gdp = next(d for _n, d in folded.nodes(data=True) if d["label"] == "地区生产总值")
    assert gdp["measurements"] and gdp["mentions"]
    assert all(k != "indicator" for _u, _v, k in folded.edges(keys=True))
    # refArea edges of folded measurements now start at their indicators
    ref = [(u, v) for u, v, k in projection.edges(keys=True) if k == "refArea"]
    if ref:
        assert any(k == "refArea" for _u, _v, k in folded.edges(keys=True))


def test_too_many_nodes_is_one_clear_error_suggesting_a_filter(projection):
    with pytest.raises(ViewError) as info:
        select_view(projection, ViewOptions(max_nodes=100))
    message = str(info.value)
    assert "\n" not in message and "too many" in message
    for hint in ("--around", "--type", "--report", "--fold-measurements"):
        assert hint in message
    assert MAX_NODES == 3000


def test_big_graph_in_kg_build_folds_or_explains(sample_dataset, tmp_path, monkeypatch):
    import kg.views.html as html_module

    nodes = to_networkx(sample_dataset)
    folded = fold_measurements(nodes).number_of_nodes()
    monkeypatch.setattr(html_module, "MAX_NODES", folded)  # too many unfolded, few enough folded
    page = write_network(sample_dataset, tmp_path / "folded.html").read_text(encoding="utf-8")
    assert "measurements folded" in page and 'id="govkg-data"' in page
    monkeypatch.setattr(html_module, "MAX_NODES", folded - 1)
    page = write_network(sample_dataset, tmp_path / "big.html").read_text(encoding="utf-8")
    assert "too many to draw readably" in page and "kg viz" in page and "--around" in page
    assert "govkg-data" not in page


def test_query_edges_from_select_and_construct(sample_build, projection):
    from kg.query import run_query
    from kg.views.select import query_edges

    select = run_query(sample_build.out_dir, "SELECT ?project ?unit WHERE { ?p a gov:Project ; gov:locatedIn ?u . "
                                             "BIND(?p AS ?project) BIND(?u AS ?unit) }")
    edges = query_edges(select)
    assert edges and all(rel == "unit" for _s, rel, _o in edges)
    view = from_edges(projection, edges)
    assert {d["kind"] for _n, d in view.nodes(data=True)} == {"Project", "AdministrativeUnit"}
    construct = run_query(sample_build.out_dir, "CONSTRUCT { ?t gov:partOf ?p } WHERE { ?t gov:partOf ?p }")
    view = from_edges(projection, query_edges(construct))
    assert view.number_of_edges() == sum(1 for *_e, k in projection.edges(keys=True) if k == "partOf")
    labels = run_query(sample_build.out_dir, "CONSTRUCT { ?u rdfs:label ?l } WHERE { ?u a gov:CountyLevelUnit ; rdfs:label ?l }")
    view = from_edges(projection, query_edges(labels))
    assert "Literal" in {d["kind"] for _n, d in view.nodes(data=True)}
    with pytest.raises(ViewError, match="two columns"):
        query_edges(run_query(sample_build.out_dir, "SELECT ?a ?b ?c WHERE { ?a ?b ?c } LIMIT 1"))


# --- the page ---------------------------------------------------------------------------------------

def test_page_is_self_contained_and_offline(sample_build):
    page = Path(sample_build.files["html"]).read_text(encoding="utf-8")
    assert "vis.Network" in page and "new vis.DataSet" in page  # vis-network inlined
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "cdn.jsdelivr.net" not in page and "cdnjs" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "Noto Sans CJK SC" in page


def test_page_data_escapes_markup(tmp_path):
    g = to_networkx(evil_graph())
    page = render_projection(g, f"title {EVIL[0]}")
    for evil in EVIL[:3]:
        assert evil not in page
    assert "<img" not in page
    data = json.loads(re.search(r'<script type="application/json" id="govkg-data">(.*?)</script>', page, re.S)
                      .group(1))
    labels = {n["l"] for n in data["nodes"]}
    assert f"沙依巴克区{EVIL[0]}" in labels and f"{EVIL[1]}工程" in labels  # the text itself survives, as data
    assert data["sections"][0]["h"].startswith(f"一、{EVIL[1]}")


def test_script_json_cannot_close_its_script_element():
    text = script_json({"a": "</script><!--<script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!--<script>&\u2028"}


def test_page_is_written_as_utf8_under_a_c_locale(tmp_path, sample_build):
    # pyvis's own write_html uses the locale's encoding; a C locale must not break the page
    code = ("import sys; from pathlib import Path; from kg.pipeline import load_dataset; "
            "from kg.views.html import write_network; "
            "write_network(load_dataset(Path(sys.argv[1])), Path(sys.argv[2]))")
    target = tmp_path / "c.html"
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code, str(sample_build.out_dir), str(target)], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert "沙依巴克区" in target.read_text(encoding="utf-8")


def test_a_build_folder_gives_the_same_page_as_its_dataset(sample_build, sample_dataset, tmp_path):
    from_folder = write_network(sample_build.out_dir, tmp_path / "a.html").read_text(encoding="utf-8")
    from_dataset = write_network(sample_dataset, tmp_path / "b.html").read_text(encoding="utf-8")
    assert from_folder == from_dataset


def test_rendering_the_sample_is_quick(sample_dataset, tmp_path):
    # a figure, not a limit: kg build renders the page every time
    started = time.perf_counter()
    write_network(sample_dataset, tmp_path / "graph.html")
    print(f"\nrendered the sample network in {time.perf_counter() - started:.3f} s")


# --- the command line -------------------------------------------------------------------------------

def test_kg_viz_views(sample_build, tmp_path, capsys):
    graph = str(sample_build.out_dir)
    assert main(["viz", "-g", graph, "-o", str(tmp_path / "all.html")]) == 0
    assert main(["viz", "-g", graph, "--around", "沙依巴克区", "--depth", "2", "-o", str(tmp_path / "a.html")]) == 0
    assert main(["viz", "-g", graph, "--type", "Project,Program", "--fold-measurements",
                 "-o", str(tmp_path / "t.html")]) == 0
    assert main(["viz", "-g", graph, "--report", "shayibake_2024.txt", "-o", str(tmp_path / "r.html")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"wrote \S*all.html: \d+ nodes, \d+ edges", out)
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "around 沙依巴克区 (depth 2)" in page


def test_kg_viz_query_file(sample_build, tmp_path, capsys):
    rq = tmp_path / "edges.rq"
    rq.write_text("CONSTRUCT { ?p gov:locatedIn ?u } WHERE { ?p gov:locatedIn ?u }", encoding="utf-8")
    assert main(["viz", "-g", str(sample_build.out_dir), "--query", str(rq), "-o", str(tmp_path / "q.html")]) == 0
    assert re.search(r"q.html: \d+ nodes, \d+ edges", capsys.readouterr().out)


@pytest.mark.parametrize("args, message", [
    (["--around", "不存在的地方"], "no node named '不存在的地方'"),
    (["--type", "Nonsense"], "unknown class 'Nonsense'"),
    (["--max-nodes", "10"], "too many to draw readably"),
    (["--report", "missing.txt"], "no report 'missing.txt'"),
])
def test_kg_viz_errors_are_one_line(sample_build, tmp_path, capsys, args, message):
    code = main(["viz", "-g", str(sample_build.out_dir), "-o", str(tmp_path / "x.html"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and err.startswith("kg viz: error:")


def test_kg_viz_without_a_build_says_so(tmp_path, capsys):
    assert main(["viz", "-g", str(tmp_path)]) != 0
    assert "no built graph here" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_open_in_networkx(projection, tmp_path, fmt):
    target = tmp_path / f"g.{fmt}"
    write_network_file(projection, target, fmt)
    back = nx.read_graphml(target) if fmt == "graphml" else nx.read_gexf(target)
    assert back.number_of_nodes() == projection.number_of_nodes()
    assert back.number_of_edges() == projection.number_of_edges()
    region = back.nodes[REGION]
    assert region["label"] == "沙依巴克区" and region["kind"] == "AdministrativeUnit"
    assert region["mentions"] == len(projection.nodes[REGION]["mentions"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_kg_export_network_formats(sample_build, tmp_path, capsys, fmt):
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "-g", str(sample_build.out_dir), "--format", fmt, "-o", str(target)]) == 0
    assert re.search(rf"wrote \S+: \d+ nodes, \d+ edges \({fmt}\)", capsys.readouterr().out)
    back = nx.read_graphml(target) if fmt == "graphml" else nx.read_gexf(target)
    assert back.nodes[REGION]["label"] == "沙依巴克区"
    assert main(["export", "-g", str(sample_build.out_dir), "--format", fmt]) == 0  # no -o: standard output
    assert capsys.readouterr().out.startswith("<?xml")


def test_a_multi_year_figure_shows_its_span_as_its_period():
    from kg.pipeline import process_document
    from kg.read import document_from_text

    text = ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "过去五年，国内生产总值年均增长5.2%。2022年国内生产总值增长3%。\n")
    _iri, triples, _summary = process_document(document_from_text(text, "case.txt"), "https://w3id.org/govkg/id/")
    graph = Graph()
    for t in triples:
        graph.add(t)
    g = to_networkx(graph)
    periods = {d.get("surface"): d.get("period") for _n, d in g.nodes(data=True) if d.get("surface")}
    assert periods["5.2%"] == "2018–2022"
    assert periods["3%"] == "2022"
