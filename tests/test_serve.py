"""`kg serve` as a SPARQL 1.1 Protocol endpoint, driven by SPARQLWrapper as a client would."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

GOV = "https://w3id.org/govkg/def#"
REPORTS = "SELECT ?report ?label WHERE { ?report a gov:Report ; rdfs:label ?label }"
# a cross product of the sample with itself three times: ~3e10 rows, never finishes
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Server:
    """`kg serve --port 0` in a subprocess; the URL comes from its first line of output."""

    def __init__(self, graph_dir: Path, *options: str):
        code = "import sys; from kg.cli import main; sys.exit(main())"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, "serve", "-g", str(graph_dir), "--port", "0", *options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.stderr: list[str] = []
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()
        line = self._first_line(timeout=120)
        self.url = line.split(" on ", 1)[1].split(" ", 1)[0]
        self.endpoint = self.url + "sparql"

    def _first_line(self, timeout: float) -> str:
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not found or not found[0].startswith("serving "):
            self.process.kill()
            raise AssertionError(f"kg serve did not start: {found} {''.join(self.stderr)}")
        return found[0]

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(5)


@pytest.fixture(scope="module")
def server(sample_build):
    srv = Server(sample_build.out_dir, "--quiet")
    yield srv
    assert srv.stop() == 0


@pytest.fixture(scope="module")
def strict_server(sample_build):
    """A server with tight limits: 5 rows, a 1.5 s timeout, 2,000-byte bodies, one worker that holds
    the graph in memory (the other server reads the on-disk store)."""
    srv = Server(sample_build.out_dir, "--max-rows", "5", "--timeout", "1.5", "--max-body", "2000",
                 "--workers", "1", "--in-memory")
    yield srv
    srv.stop()


def client(server: Server, query: str, fmt: str = JSON, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


def http(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


# ------------------------------------------------------------------ SELECT


def test_select_json_get(server):
    result = client(server, REPORTS).query().convert()
    assert result["head"]["vars"] == ["report", "label"]
    [row] = result["results"]["bindings"]
    assert row["label"] == {"type": "literal", "value": "沙依巴克区2024年政府工作报告", "xml:lang": "zh"}
    assert row["report"]["type"] == "uri"


def test_select_json_post(server):
    result = client(server, REPORTS, method=POST).query().convert()
    assert [b["label"]["value"] for b in result["results"]["bindings"]] == ["沙依巴克区2024年政府工作报告"]


def test_select_xml(server):
    document = client(server, REPORTS, XML).query().convert()
    literals = document.getElementsByTagName("literal")
    assert [n.firstChild.data for n in literals] == ["沙依巴克区2024年政府工作报告"]
    assert literals[0].getAttribute("xml:lang") == "zh"


def test_select_csv_and_tsv(server):
    query = "SELECT ?label ?code WHERE { ?u gov:divisionCode ?code ; rdfs:label ?label } ORDER BY ?code"
    rows = list(csv.reader(io.StringIO(client(server, query, CSV).query().convert().decode("utf-8"))))
    assert rows[0] == ["label", "code"]
    assert ["沙依巴克区", "650103"] in rows
    tsv = client(server, query, TSV).query().convert().decode("utf-8").splitlines()
    assert tsv[0] == "?label\t?code"
    assert '"沙依巴克区"@zh\t"650103"' in tsv


def test_select_a_library_query_with_a_bound_parameter(server):
    from kg.query import library

    query = next(q for q in library() if q.name == "admin_hierarchy")
    sparql = client(server, query.path.read_text(encoding="utf-8"), method=POST)
    sparql.addParameter("param.unit", "沙依巴克区")
    bindings = sparql.query().convert()["results"]["bindings"]
    assert bindings and bindings[0]["label"]["value"] == "沙依巴克区"
    assert {b["unit"]["value"] for b in bindings} == {"沙依巴克区"}
    everything = client(server, query.path.read_text(encoding="utf-8")).query().convert()
    assert len(everything["results"]["bindings"]) > len(bindings)


@pytest.mark.parametrize("which", ["server", "strict_server"])
def test_search_reads_the_name_index_on_disk_and_in_memory(which, request):
    """`search` with a text reads the store's name index (kg.store.NAME_INDEX_GRAPH): the on-disk store
    has it from the build, a worker holding graph.nq in memory writes it after loading."""
    from kg.query import library

    srv = request.getfixturevalue(which)
    query = next(q for q in library() if q.name == "search")
    # without its comments (the strict server takes bodies of 2,000 bytes); `#+` and `# param:` lines stay
    text = "\n".join(line for line in query.path.read_text(encoding="utf-8").splitlines()
                     if not re.match(r"\s*#(?![+-]| param:)", line))
    sparql = client(srv, text, method=POST)
    sparql.addParameter("param.text", "沙区")
    bindings = sparql.query().convert()["results"]["bindings"]
    assert bindings and all("沙区" in b["matchedNames"]["value"] for b in bindings)
    assert {b["textGram"]["value"] for b in bindings} == {"沙区"}
    assert "沙依巴克区" in {b["label"]["value"] for b in bindings}


# ------------------------------------------------------- ASK and CONSTRUCT


def test_ask(server):
    assert client(server, "ASK { ?r a gov:Report }").query().convert() == {"head": {}, "boolean": True}
    assert client(server, "ASK { ?r a gov:Nothing }", XML).query().convert() \
        .getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_construct_turtle(server):
    query = "CONSTRUCT { ?r a gov:Report ; rdfs:label ?l } WHERE { ?r a gov:Report ; rdfs:label ?l }"
    data = client(server, query, TURTLE).query().convert()
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert len(graph) == 2
    assert (None, rdflib.RDF.type, rdflib.URIRef(GOV + "Report")) in graph
    assert b"@prefix gov:" in data


def test_construct_json_ld_and_describe(server):
    query = "CONSTRUCT { ?r rdfs:label ?l } WHERE { ?r a gov:Report ; rdfs:label ?l }"
    graph = client(server, query, JSONLD).query().convert()
    assert [str(o) for o in graph.objects()] == ["沙依巴克区2024年政府工作报告"]
    status, headers, body = http(server.endpoint + "?" + urllib.parse.urlencode(
        {"query": "DESCRIBE ?r WHERE { ?r a gov:Report }"}), headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert f"<{GOV}Report>".encode() in body


# ----------------------------------------------------------------- refusals


def test_malformed_query_is_400_with_the_parser_message(server):
    with pytest.raises(QueryBadFormed) as caught:
        client(server, "SELECT ?x WHERE { ?x a }").query()
    assert "error at 1:" in str(caught.value)


def test_update_is_refused_with_403(server):
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setQuery('INSERT DATA { <urn:a> <urn:b> "c" }')
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 403
    status, _headers, body = http(server.endpoint, b"DELETE WHERE { ?s ?p ?o }",
                                  {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    assert client(server, "ASK { ?r a gov:Report }").query().convert()["boolean"] is True


def test_service_is_refused(server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _headers, body = http(server.endpoint, urllib.parse.urlencode({"query": query}).encode())
    assert status == 403 and b"SERVICE" in body
    # the word inside a string, an IRI, a comment or a variable is not SERVICE
    query = 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE <x:y>'
    assert client(server, query).query().convert()["results"]["bindings"][0]["service"]["value"] == "SERVICE"


def test_no_query_and_unknown_path(server):
    assert http(server.endpoint)[0] == 400
    assert http(server.url + "nothing")[0] == 404
    status, _headers, body = http(server.endpoint, b"query=ASK%7B%7D", {"Content-Type": "text/plain"})
    assert status == 415


def test_not_acceptable(server):
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": REPORTS})
    assert http(url, headers={"Accept": "text/turtle"})[0] == 406


# ----------------------------------------------------------- page, library


def test_page_and_library(server):
    status, headers, body = http(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'sha256-" in headers["Content-Security-Policy"]
    page = body.decode("utf-8")
    assert "<textarea" in page and "http" not in page.split("<script>")[1].split("ENDPOINT")[0]
    assert "src=" not in page and "<link" not in page  # nothing fetched from elsewhere
    status, headers, body = http(server.url + "queries")
    queries = json.loads(body)
    names = {q["name"] for q in queries}
    assert {"admin_hierarchy", "targets_vs_outcomes", "fact_provenance"} <= names
    assert all(q["description"] and q["text"].lstrip().startswith("#") for q in queries)


def test_cors_preflight(server):
    request = urllib.request.Request(server.endpoint, method="OPTIONS",
                                     headers={"Origin": "http://example.org",
                                              "Access-Control-Request-Method": "POST"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 204
        assert response.headers["Access-Control-Allow-Origin"] == "*"


# ----------------------------------------------------------------- limits


def test_row_limit_cuts_and_says_so(strict_server):
    url = strict_server.endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    status, headers, body = http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert {k.lower(): v for k, v in headers.items()}["x-sparql-maxrows"] == "5"
    status, headers, body = http(strict_server.endpoint + "?" + urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}), headers={"Accept": "text/csv"})
    assert status == 200 and "x-sparql-maxrows" not in {k.lower() for k in headers}
    status, headers, body = http(strict_server.endpoint + "?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}), headers={"Accept": "application/n-triples"})
    assert len(body.decode("utf-8").splitlines()) == 5


def test_timeout_stops_the_query_and_the_server_recovers(strict_server):
    started = time.monotonic()
    status, _headers, body = http(strict_server.endpoint,
                                  urllib.parse.urlencode({"query": ENDLESS}).encode())
    assert status == 503 and b"longer than 1.5 s" in body
    assert time.monotonic() - started < 10
    # the stuck worker was killed and replaced: the next query is answered
    url = strict_server.endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?r a gov:Report }"})
    for _ in range(60):  # while the new worker starts, a query may wait past its 1.5 s: 503
        status, _headers, body = http(url, headers={"Accept": "application/sparql-results+json"})
        if status != 503:
            break
    assert status == 200 and json.loads(body)["boolean"] is True


def test_request_size_limit(strict_server):
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    status, _headers, body = http(strict_server.endpoint, query.encode(),
                                  {"Content-Type": "application/sparql-query"})
    assert status == 413


def test_no_build_is_a_clean_error(tmp_path):
    code = "import sys; from kg.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "serve", "-g", str(tmp_path), "--port", "0"],
                          capture_output=True, text=True, timeout=60, env={**os.environ})
    assert done.returncode == 4
    assert "no built graph here" in done.stderr


# ------------------------------------------------------- in-process parts


def test_solutions_body_is_what_pyoxigraph_writes(sample_build):
    import pyoxigraph as ox

    from kg.serve_worker import solutions_body
    from kg.store import open_store

    store = open_store(sample_build.out_dir)
    query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    for fmt in ("JSON", "XML", "CSV", "TSV"):
        body, truncated = solutions_body(store.query(query), fmt, 10**9)
        assert not truncated
        assert body == store.query(query).serialize(format=getattr(ox.QueryResultsFormat, fmt)), fmt
    body, truncated = solutions_body(store.query(query), "CSV", 3)
    assert truncated and len(body.decode("utf-8").splitlines()) == 4


def test_service_detection():
    from kg.serve import _SERVICE, _SKIP

    def refused(query: str) -> bool:
        return bool(_SERVICE.search(_SKIP.sub(" ", query)))

    assert refused("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    assert refused("select * { service silent ?endpoint { ?s ?p ?o } }")
    assert not refused('SELECT ?service { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    assert not refused("PREFIX service: <http://x/> SELECT * { ?s service:p ?o . ?s ex:SERVICE ?x }")
