"""`kg push` without a triple store: plans, dry runs, escaping, error lines, retries and timeouts.

The tests against real servers (Oxigraph, Virtuoso) are in test_push_servers.py.
"""

from __future__ import annotations

import socket
import subprocess
import sys

import pyoxigraph as ox
import pytest
from servers import free_port

from kg.push import (
    PushConfig,
    PushError,
    Remote,
    RemoteError,
    describe,
    guess_store_endpoint,
    plan_push,
    push_build,
    push_store,
    tmp_graph,
)

TRICKY = [
    'quote " and backslash \\ and both \\"',
    "newline\nand\r\ncarriage return\tand tab",
    '"} } ; DROP ALL ; INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> "c" } } #',
    "沙依巴克区人民政府 ‘全角’ “引号” —— 《规划》",
    "astral plane: 𠀀 and an emoji 🚀",
    "control \x01 and \x7f characters",
    "'''triple quotes''' and \"\"\"these\"\"\"",
    "ends with a backslash \\",
]


def tricky_store(graph: str = "https://example.org/g/tricky") -> ox.Store:
    store = ox.Store()
    g = ox.NamedNode(graph)
    s = ox.NamedNode("https://example.org/沙依巴克区/a%20b?q=1&r=<x>".replace("<x>", "%3Cx%3E"))
    for i, text in enumerate(TRICKY):
        store.add(ox.Quad(s, ox.NamedNode(f"https://example.org/p{i}"), ox.Literal(text), g))
    store.add(ox.Quad(s, ox.NamedNode("https://example.org/zh"), ox.Literal("区", language="zh-Hans"), g))
    store.add(ox.Quad(s, ox.NamedNode("https://example.org/d"),
                      ox.Literal("10200.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), g))
    return store


def test_insert_data_keeps_every_term_intact():
    """The INSERT DATA text a push sends, run by a SPARQL engine, recreates exactly the local quads."""
    from kg.export import graph_triples

    source = tricky_store()
    graph = "https://example.org/g/tricky"
    body = "\n".join(f"{line} ." for line in graph_triples(source, graph))
    target = ox.Store()
    target.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
    assert set(target) == set(source)


def test_plan_pushes_the_shared_graph_first_then_reports_in_batches(sample_build):
    from kg.store import open_store

    store = open_store(sample_build.out_dir)
    plans = plan_push(store, 1000)
    assert [p.report for p in plans] == [False, True]
    assert plans[0].graph.endswith("/graph/shared")
    assert sum(p.triples for p in plans) == sample_build.quads
    assert plans[1].batches == -(-plans[1].triples // 1000)


def test_temporary_graph_names_are_fixed_per_graph():
    assert tmp_graph("https://x/report/1") == tmp_graph("https://x/report/1") != tmp_graph("https://x/report/2")
    assert tmp_graph("https://x/report/1").startswith("urn:govkg:push-tmp:")


def test_endpoints_are_guessed_for_oxigraph_and_virtuoso():
    assert guess_store_endpoint("http://h:7878/query") == "http://h:7878/store"
    assert guess_store_endpoint("http://h:8890/sparql-auth") == "http://h:8890/sparql-graph-crud-auth"
    assert PushConfig("http://h:7878/query").updates_to == "http://h:7878/update"
    assert PushConfig("http://h:8890/sparql-auth").updates_to == "http://h:8890/sparql-auth"
    assert PushConfig("http://h:1/q", update_endpoint="http://h:1/u").updates_to == "http://h:1/u"
    with pytest.raises(PushError, match="--store-endpoint"):
        PushConfig("http://h:1/somewhere", protocol="gsp")
    assert PushConfig("http://h:1/q").batch_size == 1000
    assert PushConfig("http://h:7878/query", protocol="gsp").batch_size == 10000


def test_user_without_password_is_refused():
    with pytest.raises(PushError, match="password"):
        PushConfig("http://h:1/q", user="dba")


def test_dry_run_contacts_no_server(sample_build):
    result = push_build(sample_build.out_dir, PushConfig(f"http://127.0.0.1:{free_port()}/query", dry_run=True))
    assert result.requests == 0 and result.triples_sent == 0
    assert result.triples == sample_build.quads


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, timeout=300)


def test_cli_dry_run_lists_the_graphs(sample_build):
    done = run_kg("push", f"http://127.0.0.1:{free_port()}/query", "-g", str(sample_build.out_dir), "--dry-run")
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    assert "dry run: would push 2 graphs" in out and "MOVE" in out and "merge" in out


def test_server_down_is_one_clear_line_and_a_non_zero_exit(sample_build):
    url = f"http://127.0.0.1:{free_port()}/query"
    done = run_kg("push", url, "-g", str(sample_build.out_dir), "--retries", "1")
    err = done.stderr.decode()
    assert done.returncode == 5
    assert err.count("\n") == 1 and err.startswith("kg push: error:")
    assert "cannot connect" in err and "nothing was pushed" in err and "after 2 attempts" in err
    # Without the look-up of superseded graphs, the first batch fails: the line names graph and batch.
    done = run_kg("push", url, "-g", str(sample_build.out_dir), "--retries", "0", "--keep-superseded")
    err = done.stderr.decode()
    assert done.returncode == 5 and err.count("\n") == 1
    assert "graph/shared>, batch 1/1 (triples 1-" in err and "no graph complete" in err


def test_a_silent_server_times_out(sample_build):
    with socket.socket() as listener:  # accepts connections (backlog), never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        config = PushConfig(url, timeout=1, retries=0, drop_superseded=False)
        with pytest.raises(PushError, match=r"no answer within 1 s"):
            push_build(sample_build.out_dir, config)


def test_errors_are_classified_for_retries():
    import urllib.error
    from io import BytesIO

    def http(code, body=b"boom"):
        return urllib.error.HTTPError("http://x", code, "msg", {}, BytesIO(body))

    assert describe(http(503), 1).retryable
    assert describe(http(500, b"SP031: too long"), 1).message == "HTTP 500: SP031: too long"
    assert not describe(http(400), 1).retryable
    unauthorized = describe(http(401), 1)
    assert not unauthorized.retryable and "not authorized" in unauthorized.message
    assert describe(urllib.error.URLError(ConnectionRefusedError(111, "refused")), 1).retryable
    assert describe(TimeoutError(), 2).message == "no answer within 2 s"
    with pytest.raises(ZeroDivisionError):  # a bug is not a network error
        describe(ZeroDivisionError(), 1)


def test_retries_back_off_exponentially(monkeypatch):
    sleeps = []
    monkeypatch.setattr("kg.push.time.sleep", sleeps.append)
    remote = Remote(PushConfig("http://127.0.0.1:9/query", retries=3, backoff=0.25))
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 4:
            raise ConnectionResetError("reset")
        return "ok"

    assert remote._retrying(flaky) == "ok"
    assert sleeps == [0.25, 0.5, 1.0]
    with pytest.raises(RemoteError, match="after 4 attempts"):
        remote._retrying(lambda: (_ for _ in ()).throw(ConnectionResetError("reset")))


def test_push_of_an_empty_store_does_nothing():
    result = push_store(ox.Store(), PushConfig(f"http://127.0.0.1:{free_port()}/query"))
    assert result.plans == [] and result.requests == 0
