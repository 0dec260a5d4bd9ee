"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and a query page over a build's store.

HTTP is Werkzeug (request parsing, content negotiation) on waitress (a threaded pure-Python WSGI
server). Queries run in worker processes (`serve_worker`), each holding the store: a query that
passes its deadline is answered with 503 and its worker is killed and replaced, because a running
pyoxigraph query cannot be interrupted from Python.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.http import parse_accept_header
from werkzeug.wrappers import Request, Response

from .errors import KgError
from .serve_worker import GRAPH_TYPES, JSON_RESULTS, SOLUTION_TYPES, Job, QueryTimeout, WorkerPool
from .store import STORE_DIR, open_store

log = logging.getLogger("kg.serve")

# the `format` / `output` / `results` request parameters (SPARQLWrapper sends them): name -> media type
SOLUTION_NAMES = {"json": JSON_RESULTS, "xml": "application/sparql-results+xml", "csv": "text/csv",
                  "tsv": "text/tab-separated-values"}
GRAPH_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "n3": "text/turtle",
               "nt": "application/n-triples", "ntriples": "application/n-triples",
               "n-triples": "application/n-triples", "json-ld": "application/ld+json",
               "jsonld": "application/ld+json", "json": "application/ld+json",
               "xml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "rdfxml": "application/rdf+xml"}
TEXT_TYPES = ("text/", "application/sparql-results+xml", "application/rdf+xml")
# SERVICE would make the server fetch any URL a caller names; refuse it (tokens outside strings, IRIs, comments)
_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                   r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)
_LOAD = re.compile(r"(?<![\w?$:])LOAD(?![\w:-])", re.IGNORECASE)


@dataclass
class ServeConfig:
    graph_dir: Path = Path("output")
    host: str = "127.0.0.1"
    port: int = 7879
    timeout: float = 30.0        # seconds per query, from receipt to the last byte of the body
    max_rows: int = 10_000       # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    max_body: int = 1 << 20      # bytes of a request body
    workers: int = 2             # query processes
    threads: int = 8             # HTTP threads
    in_memory: bool = False      # each worker loads graph.nq into memory: faster queries, more RAM
    update_token: str | None = None  # SPARQL Update allowed with this bearer token; None: read-only


def _negotiate(request: Request) -> tuple[str | None, str | None]:
    """(media type for solutions/booleans, media type for graphs) from format parameters or Accept."""
    solution = graph = None
    for key in ("format", "output", "results"):
        for value in request.values.getlist(key):
            value = value.strip().lower()
            solution = solution or SOLUTION_NAMES.get(value) or (value if value in SOLUTION_TYPES else None)
            graph = graph or GRAPH_NAMES.get(value) or (value if value in GRAPH_TYPES else None)
    accept = request.accept_mimetypes
    if not accept:
        accept = parse_accept_header("*/*", MIMEAccept)
    solution = solution or accept.best_match(list(SOLUTION_TYPES))
    graph = graph or accept.best_match(list(GRAPH_TYPES))
    return solution, graph


def _text(status: int, message: str, headers: dict | None = None) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)


def _page() -> tuple[bytes, str]:
    """The query page and its Content-Security-Policy (inline script and style allowed by hash)."""
    html = resources.files("kg").joinpath("serve_page.html").read_text(encoding="utf-8")
    hashes = []
    for tag, kind in (("script", "script-src"), ("style", "style-src")):
        for body in re.findall(rf"<{tag}>([\s\S]*?)</{tag}>", html):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            hashes.append((kind, f"'sha256-{digest}'"))
    csp = "default-src 'none'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
    csp += "; ".join(f"{kind} {' '.join(h for k, h in hashes if k == kind)}" for kind in ("script-src", "style-src"))
    return html.encode("utf-8"), csp


class SparqlApp:
    """The WSGI application: /sparql (the protocol), / (the page), /queries (the library as JSON)."""

    CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "X-SPARQL-MaxRows"}

    def __init__(self, config: ServeConfig, pool: WorkerPool):
        from .query import library

        self.config = config
        self.pool = pool
        self.page, self.csp = _page()
        self.library = [{"name": q.name, "title": q.title, "description": q.description,
                         "params": q.params, "example": q.example,
                         "text": q.path.read_text(encoding="utf-8")} for q in library()]

    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = self.config.max_body
        request.max_form_memory_size = self.config.max_body
        started = time.perf_counter()
        try:
            response = self.dispatch(request)
        except RequestEntityTooLarge:
            response = _text(413, f"the request body is larger than {self.config.max_body} bytes")
        except HTTPException as exc:
            response = _text(exc.code or 400, exc.description or exc.name)
        log.info('%s %s %s %d %d %.0f ms', request.remote_addr, request.method, request.path,
                 response.status_code, response.calculate_content_length() or 0,
                 (time.perf_counter() - started) * 1000)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            if request.method not in ("GET", "HEAD"):
                return _text(405, "the page answers GET", {"Allow": "GET, HEAD"})
            return Response(self.page, mimetype="text/html", headers={
                "Content-Security-Policy": self.csp, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer"})
        if path == "/queries":
            return Response(json.dumps(self.library, ensure_ascii=False), mimetype="application/json",
                            headers=self.CORS)
        if path in ("/sparql", "/update"):
            response = self.sparql(request, path)
            response.headers.update(self.CORS)
            return response
        return _text(404, f"nothing at {request.path}; the endpoint is /sparql, the page is /")

    def sparql(self, request: Request, path: str) -> Response:
        if request.method == "OPTIONS":
            return Response(status=204, headers={"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                                 "Access-Control-Allow-Headers": "Content-Type, Accept",
                                                 "Allow": "GET, POST, OPTIONS"})
        if request.method not in ("GET", "POST", "HEAD"):
            return _text(405, "SPARQL queries are sent with GET or POST", {"Allow": "GET, POST, OPTIONS"})
        mimetype = request.mimetype
        if request.content_length and request.content_length > self.config.max_body:
            raise RequestEntityTooLarge()
        if len(request.query_string) > self.config.max_body:  # a query sent by GET counts the same
            return _text(414, f"the query string is longer than {self.config.max_body} bytes; POST the query")
        if path == "/update" or mimetype == "application/sparql-update" or "update" in request.values:
            return self.update(request)
        if request.method == "POST" and mimetype == "application/sparql-query":
            queries = [request.get_data(as_text=True)]
            params = request.args
        elif request.method == "POST" and mimetype not in ("application/x-www-form-urlencoded", ""):
            return _text(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        else:
            params = request.values
            queries = params.getlist("query")
        if len(queries) != 1 or not queries[0].strip():
            return _text(400, "send exactly one 'query' parameter (or POST the query as application/sparql-query)")
        query = queries[0]
        if _SERVICE.search(_SKIP.sub(" ", query)):
            return _text(403, "SERVICE (federated query) is disabled on this endpoint")
        solution_type, graph_type = _negotiate(request)
        job = Job(query=query,
                  bindings={k[len("param."):]: v for k, v in params.items() if k.startswith("param.")},
                  default_graphs=params.getlist("default-graph-uri"),
                  named_graphs=params.getlist("named-graph-uri"),
                  solution_type=solution_type, graph_type=graph_type, max_rows=self.config.max_rows,
                  build_graphs=self.config.update_token is None)
        bad = [k for k in job.bindings if not k.isidentifier()]
        if bad:
            return _text(400, f"not a variable name: param.{bad[0]}")
        try:
            answer = self.pool.run(job, self.config.timeout)
        except QueryTimeout as exc:
            return _text(503, str(exc), {"Retry-After": "1"})
        mimetype = answer.content_type
        if mimetype.startswith(TEXT_TYPES) or mimetype.endswith("json"):
            mimetype += "; charset=utf-8"
        return Response(answer.body if request.method != "HEAD" else b"", status=answer.status,
                        content_type=mimetype, headers={**answer.headers, "Vary": "Accept"})


    def update(self, request: Request) -> Response:
        """SPARQL Update: 403 on a read-only endpoint; else a POST with the bearer token (401 without
        one, 403 with a wrong one), run by the one read-write worker."""
        token = self.config.update_token
        if token is None:
            return _text(403, "this endpoint is read-only: SPARQL updates are refused "
                              "(the store is rebuilt by 'kg build'; 'kg serve --allow-update' allows them)")
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            return _text(401, "SPARQL updates need 'Authorization: Bearer TOKEN'",
                         {"WWW-Authenticate": 'Bearer realm="kg serve"'})
        if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
            return _text(403, "wrong token: SPARQL updates are refused")
        if request.method != "POST":
            return _text(405, "SPARQL updates are sent with POST", {"Allow": "POST"})
        if request.mimetype == "application/sparql-update":
            updates = [request.get_data(as_text=True)]
        elif request.mimetype == "application/x-www-form-urlencoded":
            updates = request.form.getlist("update")
        else:
            return _text(415, "POST an update as application/sparql-update or application/x-www-form-urlencoded")
        if len(updates) != 1 or not updates[0].strip():
            return _text(400, "send exactly one 'update' parameter (or POST it as application/sparql-update)")
        stripped = _SKIP.sub(" ", updates[0])
        if _SERVICE.search(stripped) or _LOAD.search(stripped):
            return _text(403, "SERVICE and LOAD (fetching other URLs) are disabled on this endpoint")
        try:
            answer = self.pool.run(Job(query=updates[0], update=True), self.config.timeout)
        except QueryTimeout as exc:
            return _text(503, str(exc), {"Retry-After": "1"})
        return Response(answer.body, status=answer.status, content_type=answer.content_type)


def check_build(graph_dir: Path) -> Path:
    """The store folder of a build, checked by opening it once (errors as KgError)."""
    store = open_store(graph_dir)
    del store
    return graph_dir / STORE_DIR


def make_server(config: ServeConfig):
    """A waitress server bound to config.host:config.port (port 0: any free port), not yet running.

    Returns (server, pool); `server.effective_port` is the bound port; `server.run()` serves until
    `server.close()`; close the pool after.
    """
    import waitress.server

    store_dir = check_build(config.graph_dir)
    if config.update_token is not None:
        if config.in_memory:
            raise KgError("--allow-update works on the on-disk store, not with --in-memory")
        if len(config.update_token) < 16:
            raise KgError("the update token must be at least 16 characters")
        config.workers = 1  # one read-write worker: every query sees every update
    pool = WorkerPool(store_dir, config.workers, config.in_memory, writable=config.update_token is not None)
    try:
        app = SparqlApp(config, pool)
        server = waitress.server.create_server(
            app, host=config.host, port=config.port, threads=config.threads,
            max_request_body_size=config.max_body + 1024, channel_timeout=max(60, int(config.timeout) + 30),
            ident="govkg", clear_untrusted_proxy_headers=True)
    except OSError as exc:
        pool.close()
        raise KgError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from None
    except BaseException:
        pool.close()
        raise
    return server, pool
