"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and a query page over a build's store.

HTTP is Werkzeug (request parsing, content negotiation) on waitress (a threaded pure-Python WSGI
server). Queries run in worker processes, each holding the store open read-only: a query that
passes its deadline is answered with 503 and its worker is killed and replaced, because a running
pyoxigraph query cannot be interrupted from Python.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import multiprocessing
import queue
import re
import threading
import time
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.http import parse_accept_header
from werkzeug.wrappers import Request, Response

from .consts import PREFIXES
from .errors import KgError
from .store import STORE_DIR, open_store

log = logging.getLogger("kg.serve")

JSON_RESULTS = "application/sparql-results+json"
# media type offered -> pyoxigraph format name; the first of each list is the default
SOLUTION_TYPES = {
    JSON_RESULTS: "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/turtle": "TURTLE", "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES", "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
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


@dataclass
class Job:
    """One query for a worker: picklable, with the formats already negotiated."""
    query: str
    bindings: dict[str, str] = field(default_factory=dict)
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    solution_type: str | None = JSON_RESULTS
    graph_type: str | None = "text/turtle"
    max_rows: int = 10_000


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------ worker side


def _tsv_term(term) -> str:
    """A term as SPARQL TSV writes it: N-Triples syntax (tabs and newlines escaped), triples as <<( )>>."""
    if term is None:
        return ""
    if term.__class__.__name__ == "Triple":
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


def solutions_body(results, fmt: str, max_rows: int) -> tuple[bytes, bool]:
    """Serialize at most `max_rows` solutions; (body, truncated).

    pyoxigraph cannot serialize a slice of a result, so the rows are written as SPARQL TSV here
    (`str(term)` is the term in N-Triples syntax, done in Rust) and pyoxigraph parses that and writes
    the format asked for, byte for byte what pyoxigraph writes for the whole result, in 1.2-3 times its time.
    """
    import pyoxigraph as ox

    lines = ["\t".join("?" + v.value for v in results.variables)]
    for solution in itertools.islice(results, max_rows + 1):
        lines.append("\t".join(map(_tsv_term, solution)))
    truncated = len(lines) > max_rows + 1
    tsv = ("\n".join(lines[: max_rows + 1]) + "\n").encode("utf-8")
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=getattr(ox.QueryResultsFormat, fmt)), truncated


def run_job(store, job: Job) -> Answer:
    """Run one query on an open store and serialize the answer in the negotiated format."""
    import pyoxigraph as ox

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    try:
        options: dict = {"prefixes": prefixes}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        if job.bindings:
            options["substitutions"] = {ox.Variable(k): ox.Literal(v) for k, v in job.bindings.items()}
    except ValueError as exc:
        return Answer(400, "text/plain", f"bad request parameter: {exc}\n".encode())
    truncated = False
    try:
        results = store.query(job.query, **options)
        if isinstance(results, ox.QueryBoolean | ox.QuerySolutions):
            media = job.solution_type
            if media is None:
                return _not_acceptable("an ASK or SELECT query", SOLUTION_TYPES)
            fmt = SOLUTION_TYPES[media]
            if isinstance(results, ox.QueryBoolean):
                body = results.serialize(format=getattr(ox.QueryResultsFormat, fmt))
            else:
                body, truncated = solutions_body(results, fmt, job.max_rows)
        else:
            media = job.graph_type
            if media is None:
                return _not_acceptable("a CONSTRUCT or DESCRIBE query", GRAPH_TYPES)
            triples = list(itertools.islice(results, job.max_rows + 1))
            truncated = len(triples) > job.max_rows
            fmt = getattr(ox.RdfFormat, GRAPH_TYPES[media])
            body = ox.serialize(triples[: job.max_rows], format=fmt, prefixes=prefixes)
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"malformed SPARQL: {exc}\n".encode())
    except (OSError, ValueError, RuntimeError, TypeError) as exc:
        return Answer(500, "text/plain", f"the query failed: {exc}\n".encode())
    headers = {"X-SPARQL-MaxRows": str(job.max_rows)} if truncated else {}
    return Answer(200, media, body, headers)


def _not_acceptable(what: str, offered: dict) -> Answer:
    return Answer(406, "text/plain", f"{what} can be answered as: {', '.join(offered)}\n".encode())


def die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies, even in the middle of a query.

    Strictly: when the parent's thread that started this process ends (prctl PR_SET_PDEATHSIG).
    """
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers end when they next read their pipe
        pass


def open_worker_store(store_dir: str, in_memory: bool):
    """The build's store read-only, or (in_memory) its graph.nq loaded into an in-memory store."""
    import pyoxigraph as ox

    if not in_memory:
        return ox.Store.read_only(store_dir)
    store = ox.Store()
    store.bulk_load(path=str(Path(store_dir).parent / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def _worker_main(store_dir: str, conn, in_memory: bool = False) -> None:  # pragma: no cover - a child
    die_with_parent()
    try:
        store = open_worker_store(store_dir, in_memory)
    except (OSError, SyntaxError, ValueError) as exc:
        conn.send(f"cannot open the store {store_dir}: {exc}")
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            answer = run_job(store, job)
        except Exception as exc:  # noqa: BLE001 - the worker must answer whatever happens
            answer = Answer(500, "text/plain", f"the query failed: {exc}\n".encode())
        conn.send(answer)


class QueryTimeout(Exception):
    pass


class WorkerPool:
    """Worker processes with the store open read-only; one query at a time per worker.

    A query past its deadline cannot be stopped inside pyoxigraph, so its worker is killed and a new
    one started in the background: the CPU is freed at the deadline, not when the runaway query
    would have finished. A request waits for a free worker within its own deadline.
    """

    START_SECONDS = 120.0

    def __init__(self, store_dir: Path, size: int, in_memory: bool = False):
        self._store_dir = str(store_dir)
        self._in_memory = in_memory
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._live: set = set()
        self._lock = threading.Lock()
        self._closed = False
        # Workers die with the thread that started them (die_with_parent), so replacements are
        # started by one thread that lives as long as the pool, never by a request's thread.
        self._respawns: queue.Queue = queue.Queue()
        threading.Thread(target=self._respawner, daemon=True, name="kg-serve-respawn").start()
        started = [self._spawn() for _ in range(size)]
        try:
            for worker in started:
                self._await_ready(worker)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(self._store_dir, child, self._in_memory),
                                    daemon=True,
                                    name="kg-serve-worker")
        process.start()
        child.close()
        worker = (process, parent)
        with self._lock:
            self._live.add(worker)
        return worker

    def _await_ready(self, worker) -> None:
        _process, conn = worker
        message = "the query worker did not start"
        try:
            if conn.poll(self.START_SECONDS * (5 if self._in_memory else 1)):
                message = conn.recv()
        except (EOFError, OSError):
            pass
        if message != "ready":
            self._kill(worker)
            raise KgError(message)

    def _kill(self, worker) -> None:
        process, conn = worker
        with self._lock:
            self._live.discard(worker)
        process.kill()
        process.join(5)
        conn.close()

    def _respawner(self) -> None:
        while True:
            self._respawns.get()
            if self._closed:
                return
            try:
                worker = self._spawn()
                self._await_ready(worker)
            except KgError as exc:
                log.error("kg serve: %s", exc)
                continue
            self._idle.put(worker)

    def _replace(self, worker) -> None:
        self._kill(worker)
        self._respawns.put(None)

    def run(self, job: Job, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within {timeout:g} s") from None
        _process, conn = worker
        try:
            conn.send(job)
            if not conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            answer = conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            return Answer(500, "text/plain", f"the query worker died: {exc or type(exc).__name__}\n".encode())
        self._idle.put(worker)
        return answer

    def close(self) -> None:
        self._closed = True
        self._respawns.put(None)
        with self._lock:
            workers = list(self._live)
        for worker in workers:
            self._kill(worker)


# -------------------------------------------------------------- HTTP side


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
        if path == "/update" or mimetype == "application/sparql-update" or "update" in request.values:
            return _text(403, "this endpoint is read-only: SPARQL updates are refused "
                              "(the store is rebuilt by 'kg build')")
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
                  solution_type=solution_type, graph_type=graph_type, max_rows=self.config.max_rows)
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
    pool = WorkerPool(store_dir, config.workers, config.in_memory)
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


def describe(config: ServeConfig) -> dict:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(config).items()}
