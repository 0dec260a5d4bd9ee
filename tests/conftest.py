"""Shared fixtures: one build of the bundled sample per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled sample report built once into a temporary folder."""
    from kg import build

    out = tmp_path_factory.mktemp("sample-build")
    return build(out_dir=out)


@pytest.fixture(scope="session")
def sample_dataset(sample_build):
    return sample_build.dataset()


# --- Real triple stores for the export/push tests (tests/servers.py) ---------------------------


def _server_missing(reason: str):
    """Under CI a missing server fails the run; on a developer's machine the tests are skipped."""
    import os

    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must run the triple-store tests (see .ci/run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """An Oxigraph server on a free loopback port with a fresh data folder."""
    from servers import OxigraphServer, ServerUnavailable

    try:
        server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data").start()
    except ServerUnavailable as exc:
        _server_missing(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Virtuoso on free loopback ports with a fresh database (dba/dba) in a temporary folder."""
    from servers import ServerUnavailable, VirtuosoServer

    try:
        server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    except ServerUnavailable as exc:
        _server_missing(str(exc))
    yield server
    server.stop()
