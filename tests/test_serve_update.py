"""kg serve: updates only with --allow-update and a token, loopback by default, size limit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse

import pytest
from test_serve import Server, http

TOKEN = "s3cret-token-0123456789"
UPDATE = "application/sparql-update"


def listening_addresses(port: int) -> set[str]:
    """Local addresses of the listening TCP sockets on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # LISTEN
                found.add(address)
    return found


@pytest.fixture(scope="module")
def update_server(sample_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-update")
    out = folder / "build"
    shutil.copytree(sample_build.out_dir, out)
    (folder / "token").write_text(TOKEN + "\n", encoding="utf-8")
    srv = Server(out, "--quiet", "--allow-update", "--token-file", str(folder / "token"), "--max-body", "4000")
    srv.graph_dir = out
    yield srv
    srv.stop()


def count(server, subject: str) -> int:
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ <{subject}> ?p ?o }}"})
    status, _h, body = http(f"{server.endpoint}?{query}", headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_serve_binds_to_loopback_by_default(sample_build):
    srv = Server(sample_build.out_dir, "--quiet")
    try:
        port = int(srv.url.rsplit(":", 1)[1].strip("/"))
        assert "127.0.0.1" in srv.url
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1 only, not 0.0.0.0 or ::
    finally:
        srv.stop()


def test_updates_need_the_token(update_server):
    insert = b'INSERT DATA { <urn:kg:test> <urn:kg:p> "o" }'
    status, headers, body = http(update_server.endpoint, insert, {"Content-Type": UPDATE})
    assert status == 401 and {k.lower(): v for k, v in headers.items()}["www-authenticate"].startswith("Bearer")
    for wrong in ("Bearer nope", "Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x", "Basic " + TOKEN):
        status, _h, body = http(update_server.endpoint, insert, {"Content-Type": UPDATE, "Authorization": wrong})
        assert status in (401, 403), (wrong, status, body)
    assert count(update_server, "urn:kg:test") == 0

    auth = {"Authorization": "Bearer " + TOKEN}
    status, _h, body = http(update_server.endpoint, insert, {"Content-Type": UPDATE, **auth})
    assert status == 204, body
    assert count(update_server, "urn:kg:test") == 1
    form = urllib.parse.urlencode({"update": "DELETE WHERE { <urn:kg:test> ?p ?o }"}).encode()
    status, _h, body = http(update_server.endpoint, form,
                            {"Content-Type": "application/x-www-form-urlencoded", **auth})
    assert status == 204, body
    assert count(update_server, "urn:kg:test") == 0


def test_update_errors_are_clear(update_server):
    auth = {"Authorization": "Bearer " + TOKEN}
    status, _h, body = http(update_server.endpoint, b"INSERT DATA { oops", {"Content-Type": UPDATE, **auth})
    assert status == 400 and b"malformed" in body
    status, _h, body = http(update_server.endpoint, b"LOAD <http://127.0.0.1:9/x>", {"Content-Type": UPDATE, **auth})
    assert status == 403 and b"LOAD" in body
    status, _h, _b = http(f"{update_server.endpoint}?update=CLEAR%20ALL", headers=auth)
    assert status == 405  # updates are POSTed
    status, _h, _b = http(update_server.endpoint, b"INSERT DATA { <urn:a> <urn:b> \"" + b"x" * 5000 + b"\" }",
                          {"Content-Type": UPDATE, **auth})
    assert status == 413
    assert count(update_server, "urn:a") == 0


def test_a_long_query_string_is_refused_like_a_long_body(update_server):
    """--max-body (4,000 bytes here) bounds a query sent by GET too, not only a POSTed one."""
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #"
    status, _h, _b = http(f"{update_server.endpoint}?{urllib.parse.urlencode({'query': query + 'x' * 3000})}")
    assert status == 200
    status, _h, body = http(f"{update_server.endpoint}?{urllib.parse.urlencode({'query': query + 'x' * 5000})}")
    assert status == 414 and b"POST" in body


@pytest.mark.parametrize("options, message", [
    (["--allow-update"], "go together"),
    (["--token-file", "TOKEN"], "go together"),
    (["--allow-update", "--token-file", "SHORT"], "at least 16"),
    (["--allow-update", "--token-file", "MISSING"], "cannot read the update token"),
])
def test_update_options_are_checked(sample_build, tmp_path, options, message):
    (tmp_path / "TOKEN").write_text(TOKEN, encoding="utf-8")
    (tmp_path / "SHORT").write_text("short", encoding="utf-8")
    options = [str(tmp_path / o) if o in ("TOKEN", "SHORT", "MISSING") else o for o in options]
    code = "import sys; from kg.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "serve", "-g", str(sample_build.out_dir), "--port", "0",
                           *options], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
