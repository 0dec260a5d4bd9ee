"""A `kg push` killed with SIGKILL half-way, against a real Oxigraph server (tests/servers.py).

The server holds an earlier push (two reports). A new build (one report changed, so its graph has a
new IRI and supersedes the old one; one unchanged) is pushed by `kg push` in a subprocess that kills
itself after N requests (between two requests) or while request N+1 is in flight. At every kill point
each report graph on the server must be complete, the old version or the new one, never half and
never both (a new version and the one it supersedes), and a re-run of the push completes it: the
server then holds exactly the new build's report graphs and no temporary graph.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from test_push_servers import Remote, config_for
from test_read_formats import EXCERPT

from kg import build
from kg.push import TMP_PREFIX, PushConfig, plan_push, push_build
from kg.store import open_store

BASE = "https://example.org/pushcrash/"
BATCH = 60
pytestmark = [pytest.mark.servers]

WRAPPER = r'''
import os, signal, sys, threading
from kg.push import Remote

limit, mode, calls = int(os.environ["KG_TEST_KILL_AFTER"]), os.environ["KG_TEST_KILL_MODE"], [0]

def wrap(original):
    def send(self, *args, **kwargs):
        calls[0] += 1
        if calls[0] > limit:
            if mode == "between":
                os.kill(os.getpid(), signal.SIGKILL)
            threading.Timer(0.002, os.kill, (os.getpid(), signal.SIGKILL)).start()  # in flight
        return original(self, *args, **kwargs)
    return send

Remote.update, Remote.gsp = wrap(Remote.update), wrap(Remote.gsp)
from kg.cli import main
sys.exit(main())
'''


def report_graphs(store) -> dict[str, set[str]]:
    graphs: dict[str, set[str]] = {}
    for quad in store:
        if quad.graph_name.value.startswith(BASE + "report/"):
            graphs.setdefault(quad.graph_name.value, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
    return graphs


def remote_report_graphs(server) -> dict[str, set[str]]:
    rows = Remote(config_for(server)).select(
        "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{BASE}report/") || STRSTARTS(STR(?g), "{TMP_PREFIX}")) }}')
    import pyoxigraph as ox

    def term(binding) -> str:
        kind, value = binding["type"], binding["value"]
        if kind == "uri":
            return str(ox.NamedNode(value))
        if kind == "bnode":
            return "_:" + value
        if "xml:lang" in binding:
            return str(ox.Literal(value, language=binding["xml:lang"]))
        if "datatype" in binding:
            return str(ox.Literal(value, datatype=ox.NamedNode(binding["datatype"])))
        return str(ox.Literal(value))

    graphs: dict[str, set[str]] = {}
    for row in rows:
        graphs.setdefault(row["g"]["value"], set()).add(" ".join(term(row[k]) for k in ("s", "p", "o")))
    return graphs


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("push-crash")
    old_in, new_in = folder / "old", folder / "new"
    old_in.mkdir()
    new_in.mkdir()
    text = EXCERPT
    other = text.replace("2024", "2025").replace("2023", "2024")  # another report, the same in both builds
    (old_in / "a.txt").write_text(text, encoding="utf-8")
    (old_in / "b.txt").write_text(other, encoding="utf-8")
    (new_in / "a.txt").write_text(text.rstrip("\n") + "\n全区新增就业岗位1200个。\n", encoding="utf-8")
    (new_in / "b.txt").write_text(other, encoding="utf-8")
    old = build([str(old_in)], folder / "old-build", base=BASE, html=False).out_dir
    new = build([str(new_in)], folder / "new-build", base=BASE, html=False).out_dir
    graphs = {}
    for name, out in (("old", old), ("new", new)):
        store = open_store(out)
        graphs[name] = report_graphs(store)
        if name == "new":
            plans = plan_push(store, BATCH)
        del store
    assert len(graphs["old"]) == len(graphs["new"]) == 2
    assert len(set(graphs["old"]) & set(graphs["new"])) == 1  # one report unchanged, one replaced
    return old, new, graphs, plans


def request_labels(plans) -> list[str]:
    """What `kg push --protocol update` sends, in order (shared graph first, then each report)."""
    labels = []
    for plan in plans:
        if plan.report:
            labels.append(f"drop tmp {plan.graph}")
        labels.extend(f"batch {i}/{plan.batches} {plan.graph}" for i in range(1, plan.batches + 1))
        if plan.report:
            labels.append(f"move {plan.graph}")
    return labels


def kill_points(plans) -> list[int]:
    """Requests after which to kill: mid shared graph, mid first report, right after its MOVE, just
    before the last MOVE."""
    labels = request_labels(plans)
    moves = [i for i, label in enumerate(labels) if label.startswith("move")]
    first_report = next(i for i, label in enumerate(labels) if label.startswith("drop tmp"))
    return sorted({first_report // 2, first_report + 3, moves[0] + 1, moves[-1]})


def test_a_killed_push_leaves_each_report_graph_old_or_new(oxigraph_server, builds, tmp_path):
    old, new, graphs, plans = builds
    ran = 0
    points = kill_points(plans)
    assert all(p.batches >= 2 for p in plans if p.report), "each report should take several requests"
    for mode, after in [("between", p) for p in points] + [("in flight", p) for p in points[1::2]]:
        # the server as an earlier push left it
        Remote(config_for(oxigraph_server)).update(
            "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{BASE}") || STRSTARTS(STR(?g), "{TMP_PREFIX}")) }}')
        push_build(old, PushConfig(oxigraph_server.query_url, batch_size=BATCH))
        assert remote_report_graphs(oxigraph_server) == graphs["old"]

        env = {**os.environ, "KG_TEST_KILL_AFTER": str(after), "KG_TEST_KILL_MODE": mode,
               "PYTHONPATH": os.pathsep.join(sys.path)}
        killed = subprocess.run(
            [sys.executable, "-c", WRAPPER, "push", oxigraph_server.query_url, "-g", str(new),
             "--batch-size", str(BATCH)], env=env, capture_output=True, text=True, timeout=300)
        assert killed.returncode == -signal.SIGKILL, (mode, after, killed.stderr[-2000:])

        remote = remote_report_graphs(oxigraph_server)
        reports = {g: triples for g, triples in remote.items() if not g.startswith(TMP_PREFIX)}
        for graph, triples in reports.items():
            version = graphs["old"].get(graph) or graphs["new"].get(graph)
            assert triples == version, f"{graph} is half pushed (killed {mode} after {after})"
        replaced_old = set(graphs["old"]) - set(graphs["new"])
        replaced_new = set(graphs["new"]) - set(graphs["old"])
        assert len(set(reports) & (replaced_old | replaced_new)) == 1, \
            f"the changed report should be there once, old or new: {sorted(reports)}"
        assert set(graphs["old"]) & set(graphs["new"]) <= set(reports)  # the unchanged report stays

        result = push_build(new, PushConfig(oxigraph_server.query_url, batch_size=BATCH))
        assert all(check.ok for check in result.checks)
        assert remote_report_graphs(oxigraph_server) == graphs["new"]  # no temporary graph either
        ran += 1
    assert ran == len(points) + len(points[1::2])
