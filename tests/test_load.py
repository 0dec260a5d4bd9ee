"""Load test of `kg serve` on loopback: 50 concurrent clients for 30 s (bench/load.py's run).

Library queries with parameters, ad-hoc SELECT/ASK/CONSTRUCT and a few malformed queries: no 5xx,
no connection error, every malformed query answered 400, the server's memory (server plus query
workers) bounded. Throughput and latency percentiles are printed in the "hardening" part of the
terminal summary. KG_LOAD_SECONDS shortens or lengthens the run.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from hardening import summary

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 50
SECONDS = float(os.environ.get("KG_LOAD_SECONDS", "30"))


def load_module():
    spec = importlib.util.spec_from_file_location("govkg_bench_load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_fifty_clients_for_thirty_seconds(sample_build, request):
    load = load_module()
    server = load.Server(sample_build.out_dir, "--workers", "2")
    try:
        figures = load.run_load(server.endpoint, server.pid, CLIENTS, SECONDS)
        assert server.process.poll() is None, "the server died under load"
    finally:
        assert server.stop() == 0
    for line in figures.lines():
        summary(request.config, line)

    assert not figures.errors, f"connection errors: {dict(figures.errors)}"
    assert not [s for s in figures.statuses if s >= 500], dict(figures.statuses)
    assert set(figures.statuses) <= {200, 400}, dict(figures.statuses)
    assert figures.kinds["bad"] > 0 and set(figures.bad_statuses) == {400}
    assert figures.statuses[400] == figures.kinds["bad"]  # good queries never fail
    assert figures.requests >= 5 * CLIENTS  # the server did answer under load, not just survive
    # memory: sampled all along; bounded, not growing with the number of requests
    assert len(figures.rss_samples) >= SECONDS * 2
    start, peak, end = figures.rss_mb("start"), figures.rss_mb(), figures.rss_mb("end")
    assert peak < 1.5 * start + 100, (start, peak)
    assert end < 1.25 * start + 50, (start, end)
