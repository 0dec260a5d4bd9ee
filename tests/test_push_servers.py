"""`kg push` against real triple stores started by the fixtures: an Oxigraph server and Virtuoso.

Never mocked; under CI=true a missing server binary fails these tests instead of skipping them.
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from servers import OxigraphServer

from kg import build
from kg.push import PushConfig, PushError, Remote, RemoteError, push_build, push_store, verify
from kg.store import NAME_INDEX_GRAPH, open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "kg" / "data" / "sample" / "shayibake_2024.txt"
URUMQI = ROOT / "tests" / "data" / "urumqi_2024.txt"
BASE = "https://example.org/pushtest/"

pytestmark = [pytest.mark.servers]


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request):
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture(params=["update", "gsp"])
def protocol(request):
    return request.param


def config_for(server, protocol: str = "update", **options) -> PushConfig:
    if isinstance(server, OxigraphServer):
        return PushConfig(server.query_url, protocol=protocol, **options)
    options.setdefault("password", server.password)
    return PushConfig(server.auth_url, protocol=protocol, user=server.user, auth="digest", **options)


def cli_args(server) -> list[str]:
    if isinstance(server, OxigraphServer):
        return [server.query_url]
    return [server.auth_url, "--user", server.user, "--password", server.password, "--auth", "digest"]


def local_counts(out_dir: Path) -> dict[str, int]:
    store = open_store(out_dir)
    counts: dict[str, int] = {}
    for quad in store:
        if quad.graph_name.value != NAME_INDEX_GRAPH:  # the store's own index is never pushed
            counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def remote_graphs(server, prefix: str) -> dict[str, int]:
    rows = Remote(config_for(server)).select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }} GROUP BY ?g')
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


# --- builds (small: the sample and an excerpt of a second report) ----------------------------------


@pytest.fixture(scope="session")
def reports_dir(tmp_path_factory):
    """Two reports: the sample, and the opening of 乌鲁木齐市's 2024 report."""
    folder = tmp_path_factory.mktemp("two-reports")
    (folder / SAMPLE.name).write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    text = URUMQI.read_text(encoding="utf-8")
    (folder / URUMQI.name).write_text(text[: text.index("\n", 6000)] + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def two_reports(reports_dir, tmp_path_factory):
    return build([str(reports_dir)], tmp_path_factory.mktemp("build-two"), base=BASE, html=False)


@pytest.fixture(scope="session")
def changed_report(tmp_path_factory):
    """The sample report with one sentence more: the same file, region and year, a new version."""
    folder = tmp_path_factory.mktemp("changed")
    text = SAMPLE.read_text(encoding="utf-8").rstrip("\n")
    (folder / SAMPLE.name).write_text(text + "\n全区新增就业岗位1200个。\n", encoding="utf-8")
    return build([str(folder / SAMPLE.name)], tmp_path_factory.mktemp("build-changed"), base=BASE, html=False)


# --- the cases --------------------------------------------------------------------------------------


def test_push_the_sample_and_the_counts_match(server, protocol, sample_build):
    result = push_build(sample_build.out_dir, config_for(server, protocol))
    local = local_counts(sample_build.out_dir)
    assert result.triples_sent == sample_build.quads
    assert {c.graph: c.remote for c in result.checks} == local
    assert all(c.ok for c in result.checks)
    remote = remote_graphs(server, "https://w3id.org/govkg/id/")
    assert remote == local


def test_push_again_adds_no_duplicates_and_leaves_no_temporary_graph(server, protocol, sample_build):
    push_build(sample_build.out_dir, config_for(server, protocol))
    push_build(sample_build.out_dir, config_for(server, protocol))
    assert remote_graphs(server, "https://w3id.org/govkg/id/") == local_counts(sample_build.out_dir)
    assert remote_graphs(server, "urn:govkg:push-tmp:") == {}


def test_a_changed_report_replaces_its_old_version(server, protocol, two_reports, changed_report):
    push_build(two_reports.out_dir, config_for(server, protocol))
    before = local_counts(two_reports.out_dir)
    assert remote_graphs(server, BASE + "report/") == {g: n for g, n in before.items() if "/report/" in g}

    result = push_build(changed_report.out_dir, config_for(server, protocol))
    old_sample = next(r.iri for r in two_reports.reports if r.source == SAMPLE.name)
    new_sample = changed_report.reports[0].iri
    other = next(r.iri for r in two_reports.reports if r.source == URUMQI.name)
    assert old_sample != new_sample
    assert result.superseded == [old_sample]
    remote = remote_graphs(server, BASE + "report/")
    assert remote == {new_sample: local_counts(changed_report.out_dir)[new_sample], other: before[other]}
    shared = BASE + "graph/shared"
    assert remote_graphs(server, shared)[shared] >= max(before[shared], local_counts(changed_report.out_dir)[shared])


def fake_report(graph: str, version: str, n: int) -> ox.Store:
    store = ox.Store()
    g = ox.NamedNode(graph)
    store.add(ox.Quad(g, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                      ox.NamedNode("https://w3id.org/govkg/def#Report"), g))
    for i in range(n - 1):
        store.add(ox.Quad(ox.NamedNode(f"{graph}/thing/{i}"), ox.NamedNode("https://example.org/version"),
                          ox.Literal(f"{version} {i}"), g))
    return store


def test_a_push_failing_half_way_leaves_the_old_graph_whole(server, protocol, monkeypatch):
    graph = f"https://example.org/halfway/{protocol}"
    push_store(fake_report(graph, "v1", 2500), config_for(server, protocol, batch_size=1000))
    assert remote_graphs(server, graph) == {graph: 2500}

    sent = []
    real_update, real_gsp = Remote.update, Remote.gsp

    def failing_second_batch(method):
        def send(self, *args, **kwargs):
            text = args[0] if method is real_update else args[1]
            if "push-tmp" in str(text) and ("INSERT DATA" in str(text) or method is real_gsp):
                sent.append(1)
                if len(sent) == 2:
                    raise RemoteError("HTTP 503: injected failure", retryable=False)
            return method(self, *args, **kwargs)
        return send

    monkeypatch.setattr(Remote, "update", failing_second_batch(real_update))
    monkeypatch.setattr(Remote, "gsp", failing_second_batch(real_gsp))
    with pytest.raises(PushError) as failure:
        push_store(fake_report(graph, "v2", 3000), config_for(server, protocol, batch_size=1000))
    message = str(failure.value)
    assert f"report graph <{graph}>, batch 2/3 (triples 1001-2000): HTTP 503: injected failure" in message
    assert "the report graph on the server is unchanged" in message
    monkeypatch.undo()

    assert remote_graphs(server, graph) == {graph: 2500}
    assert remote_graphs(server, "urn:govkg:push-tmp:") == {}
    rows = Remote(config_for(server)).select(f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p "v1 7" }} }}')
    assert rows[0]["n"]["value"] == "1"  # the old version, whole

    push_store(fake_report(graph, "v2", 3000), config_for(server, protocol, batch_size=1000))
    assert remote_graphs(server, graph) == {graph: 3000}


def test_literals_and_iris_arrive_intact(server, protocol):
    from test_push import TRICKY, tricky_store

    graph = f"https://example.org/g/tricky-{protocol}"
    store = tricky_store(graph)
    result = push_store(store, config_for(server, protocol))
    assert all(c.ok for c in result.checks)
    rows = Remote(config_for(server)).select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    got = {row["p"]["value"]: row["o"] for row in rows}
    for i, text in enumerate(TRICKY):
        assert got[f"https://example.org/p{i}"]["value"] == text
    assert got["https://example.org/zh"]["xml:lang"].lower() == "zh-hans"
    assert {row["s"]["value"] for row in rows} == {next(iter(store)).subject.value}


def test_progress_is_reported_per_batch(server, sample_build):
    seen = []
    push_build(sample_build.out_dir, config_for(server, batch_size=500), progress=seen.append)
    assert seen[-1].triples_done == seen[-1].triples_total == sample_build.quads
    assert [p.triples_done for p in seen] == sorted(p.triples_done for p in seen)
    assert len(seen) == sum(-(-n // 500) for n in local_counts(sample_build.out_dir).values())


def test_verify_reports_a_graph_that_differs(server, sample_build):
    config = config_for(server)
    push_build(sample_build.out_dir, config)
    graph = next(r.iri for r in sample_build.reports)
    remote = Remote(config)
    remote.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> <http://www.w3.org/2000/01/rdf-schema#label> ?o }} }}")
    from kg.push import plan_push

    checks = verify(remote, open_store(sample_build.out_dir), plan_push(open_store(sample_build.out_dir), 1000), [])
    bad = [c for c in checks if not c.ok]
    assert [(c.graph, c.local - c.remote) for c in bad] == [(graph, 1)]
    push_build(sample_build.out_dir, config)  # and a push repairs it


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, timeout=300)


def test_cli_push_reports_rate_and_counts(server, sample_build):
    done = run_kg("push", *cli_args(server), "-g", str(sample_build.out_dir))
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    assert f"pushed 2 graphs, {sample_build.quads} triples" in out and "triples/s" in out
    assert out.count("  ok <") == 2 and done.stderr == b""  # no progress bar when not on a terminal


@pytest.mark.parametrize("auth_protocol", ["update", "gsp"])
def test_wrong_credentials_are_one_clear_line(virtuoso_server, sample_build, auth_protocol):
    done = run_kg("push", virtuoso_server.auth_url, "--user", "dba", "--password", "wrong", "--auth", "digest",
                  "--protocol", auth_protocol, "--keep-superseded", "-g", str(sample_build.out_dir))
    err = done.stderr.decode()
    assert done.returncode == 5 and err.count("\n") == 1
    assert "not authorized" in err and "--password" in err and "graph/shared>, batch 1/1" in err
    with pytest.raises(PushError, match="not authorized"):
        push_build(sample_build.out_dir, config_for(virtuoso_server, auth_protocol, password="wrong"))


class FlakyProxy:
    """Forwards to a real server, but answers the first `failures` POST/PUT requests with 503."""

    def __init__(self, target: str, failures: int):
        self.target, self.failures, self.failed = target, failures, 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.command != "GET" and proxy.failed < proxy.failures:
                    proxy.failed += 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                request = urllib.request.Request(proxy.target + self.path, data=body or None, method=self.command,
                                                 headers={k: v for k, v in self.headers.items() if k.lower() != "host"})
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        status, headers, data = response.status, response.headers, response.read()
                except urllib.error.HTTPError as exc:
                    status, headers, data = exc.code, exc.headers, exc.read()
                self.send_response(status)
                for key in ("Content-Type",):
                    if headers.get(key):
                        self.send_header(key, headers[key])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = forward

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_5xx_answers_are_retried_with_backoff(oxigraph_server, sample_build, protocol):
    proxy = FlakyProxy(oxigraph_server.base, failures=3)
    try:
        config = PushConfig(proxy.url + "/query", protocol=protocol, backoff=0.05, retries=4)
        result = push_build(sample_build.out_dir, config)
    finally:
        proxy.close()
    assert proxy.failed == 3
    assert all(c.ok for c in result.checks)
    assert remote_graphs(oxigraph_server, "https://w3id.org/govkg/id/") == local_counts(sample_build.out_dir)
