"""Injection: report text and query parameters carrying RDF/SPARQL/HTML syntax stay data.

A report whose names and sentences hold quotes, angle brackets, braces, backslashes, newlines,
triple quotes, `\\u0000`-like escapes and raw control characters is built; the N-Quads and Turtle
must parse back with both rdflib and pyoxigraph to the same graph, every IRI made from report text
must be a valid IRI (percent-encoded), and the store must give the text back literally. Query
parameters with the same characters go through the public interfaces only: `kg query NAME --param`
and the HTTP endpoint (`param.NAME`), and must match exactly what a plain substring test finds.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef

from kg import build
from kg.cli import main
from kg.consts import GOV

HOSTILE_LINES = [
    "用好新时代“枫桥经验\"}>\\n<script>alert(1)</script>”和“浦江经验'''\"\"\"\\u0000”，信访总量下降3.7%。",
    "实施“{{a}}\\x00工程”和“乡村振兴}\\\"@zh-CN ; <x> <y> <z> .战略”，新增市场主体6.8万户。",
    "组建乌鲁木齐市<b>\"引号\">集团有限公司，获评全国“文明城市\\\\\"}} .<http://evil/>”称号。",
    "推进“控制\x01字符\x1b[31m工程”，“换\u2028行\u0085计划”，“零\ufeff宽\u200b行动”，城镇新增就业5.2万人。",
    "实施“'; DROP GRAPH <x> ; # ”专项行动和“$(rm -rf /)`id`工程”，完成投资1280亿元。",
]
REPORT = "\r\n".join([
    "政府工作报告",
    "——2024年1月17日在乌鲁木齐市第十七届人民代表大会第四次会议上",
    "市长 牙合甫·排都拉",
    "各位代表：",
    "现在，我代表市人民政府向大会报告工作，请予审议。",
    "2023年工作回顾",
    "2023年，全年地区生产总值增长6.6%，一般公共预算收入完成257.35亿元、增长21.9%。",
    "一、社会大局<和谐>{稳定}",
    *HOSTILE_LINES,
    "2024年重点工作",
    "今年的主要预期目标是：地区生产总值增长6.5%左右。",
]) + "\r\n"
# characters that may not appear raw in an IRI (RFC 3987 / the N-Triples IRIREF production)
BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f\u2028\u2029\ufeff\u200b]')
HOSTILE = set("<>{}\\\"'`;$\x01\x1b\u2028\u0085")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "evil_2024.txt"
    source.write_bytes(REPORT.encode("utf-8"))
    result = build([str(source)], folder / "out", html=False)
    return result.out_dir


@pytest.fixture(scope="module")
def dataset(hostile_build) -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(hostile_build / "graph.nq"), format="nquads")
    return ds


def labels(dataset) -> set[str]:
    return {str(o) for _s, _p, o, _g in dataset.quads((None, rdflib.RDFS.label, None, None))}


def test_the_hostile_text_reached_the_graph(dataset):
    """The test means something only if names and sentences carrying the payloads were extracted."""
    names = labels(dataset)
    found = {ch for name in names for ch in name} & HOSTILE
    assert {"<", ">", "{", "}", "\\", ";", "'"} <= found, (found, sorted(names))
    texts = {str(o) for _s, _p, o, _g in dataset.quads((None, GOV.text, None, None))}
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any("字符[31m工程" in t for t in texts)  # the cleaner drops the control characters themselves
    assert not any(re.search(r"[\x00-\x08\x0e-\x1f\x7f\ufeff]", t) for t in texts | names)


def test_nquads_and_turtle_parse_back_the_same_graph(hostile_build, dataset):
    nq = hostile_build / "graph.nq"
    ttl = hostile_build / "graph.ttl"
    lines = nq.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(dataset)
    ox_quads = list(ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS))
    assert len(ox_quads) == len(lines)
    union = {(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))}
    turtle = rdflib.Graph().parse(str(ttl), format="turtle")
    assert len(turtle) == len(union)
    assert set(turtle) == union
    ox_triples = list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    assert len(ox_triples) == len(union)
    # the literals pyoxigraph reads from the Turtle are the ones rdflib reads from the N-Quads
    assert {t.object.value for t in ox_triples if isinstance(t.object, ox.Literal)} == \
        {str(o) for _s, _p, o in union if isinstance(o, Literal)}


def test_iris_made_from_report_text_are_valid(dataset):
    iris = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        iris.update(t for t in (s, p, o, g) if isinstance(t, URIRef))
    assert len(iris) > 50
    for iri in iris:
        assert not BAD_IRI.search(str(iri)), iri
        assert urllib.parse.urlsplit(str(iri)).scheme in ("http", "https"), iri
        ox.NamedNode(str(iri))  # pyoxigraph validates IRIs strictly
    named = [i for i in iris if "/program/" in str(i) or "/organization/" in str(i)]
    assert any("%3C" in str(i) or "%7B" in str(i) or "%5C" in str(i) for i in named)


def test_sentence_literals_are_slices_of_the_cleaned_text(hostile_build, dataset):
    text = next((hostile_build / "texts").glob("*.txt")).read_text(encoding="utf-8")
    sentences = 0
    for s, _p, literal, _g in dataset.quads((None, GOV.text, None, None)):
        start = int(dataset.value(s, GOV.start, any=True))
        end = int(dataset.value(s, GOV.end, any=True))
        assert text[start:end] == str(literal)
        sentences += 1
    assert sentences >= len(HOSTILE_LINES)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_store_gives_the_text_back_literally(hostile_build, dataset, capsys):
    code, out, err = run_cli(capsys, "query", "SELECT ?label WHERE { ?x rdfs:label ?label }",
                             "-g", str(hostile_build), "--format", "json")
    assert code == 0, err
    got = {row["label"] for row in json.loads(out)}
    assert got == labels(dataset)


# Parameter values: SPARQL, Turtle and shell syntax, escapes, newlines; some are parts of real names.
PARAMS = [
    "<b>引号>集团", "{{a}}", "}\\@zh-CN ; <x>", "'''\\\\", "\\", "\"", "\"\"\"", "\\u0000", "\\x00工程",
    "'; DROP GRAPH <x> ; # ", "\") } UNION { ?s ?p ?o } #", "a\nb", "换\u2028行", ">", "$(rm -rf /)`id`",
]


def expected_rows(dataset, value: str) -> set[str]:
    """What the `search` library query must find: things whose label or altLabel contains `value`."""
    found = set()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        if p in (rdflib.RDFS.label, rdflib.SKOS.altLabel) and value in str(o):
            if (s, rdflib.RDF.type, None) in dataset and dataset.value(s, rdflib.RDFS.label, any=True):
                found.add(str(s))
    return found


@pytest.mark.parametrize("value", PARAMS, ids=[repr(p) for p in PARAMS])
def test_query_params_on_the_command_line_are_literals(hostile_build, dataset, capsys, value):
    code, out, err = run_cli(capsys, "query", "search", "-g", str(hostile_build),
                             "--param", f"text={value}", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert {row["thing"] for row in rows} == expected_rows(dataset, value)
    for row in rows:
        assert row["text"] == value  # the parameter comes back as bound, unchanged


def test_some_params_do_match_hostile_names(dataset):
    assert sum(bool(expected_rows(dataset, v)) for v in PARAMS) >= 4


@pytest.fixture(scope="module")
def hostile_server(hostile_build):
    from test_serve import Server

    server = Server(hostile_build)
    yield server
    server.stop()


def test_query_params_over_http_are_literals(hostile_server, dataset):
    search = (Path(__file__).resolve().parent.parent / "queries" / "search.rq").read_text(encoding="utf-8")
    for value in PARAMS:
        body = urllib.parse.urlencode({"query": search, "param.text": value}).encode("utf-8")
        request = urllib.request.Request(hostile_server.endpoint, data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
            answer = json.load(response)
        things = {b["thing"]["value"] for b in answer["results"]["bindings"]}
        assert things == expected_rows(dataset, value), value
        for binding in answer["results"]["bindings"]:
            assert binding["text"]["value"] == value


def test_a_hostile_base_iri_is_refused(tmp_path, capsys):
    source = tmp_path / "evil_2024.txt"
    source.write_bytes(REPORT.encode("utf-8"))
    code, _out, err = run_cli(capsys, "build", str(source), "-o", str(tmp_path / "out"), "--no-html",
                              "--base", "http://example.org/a> <b> \"c\" {")
    assert code != 0 and "Traceback" not in err and err.count("\n") == 1, err
    assert "--base" in err
    assert not (tmp_path / "out" / "graph.nq").exists()
