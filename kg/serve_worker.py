"""The query workers of `kg serve`: processes that hold the store and answer one query at a time.

A running pyoxigraph query cannot be interrupted from Python, so a query past its deadline is
stopped by killing its worker process; a new one is started in the background.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .consts import PREFIXES
from .errors import KgError, QueryError

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
    update: bool = False  # a SPARQL Update (only sent when kg serve runs with --allow-update)
    # the store holds a `kg build` as written (read-only: every report's facts in its named graph),
    # so a library query may read them inside the report's graph (`kg.query.prepare`)
    build_graphs: bool = False


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


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

    from .query import prepare

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    if job.update:
        try:
            store.update(job.query, prefixes=prefixes)
        except SyntaxError as exc:
            return Answer(400, "text/plain", f"malformed SPARQL Update: {exc}\n".encode())
        except (OSError, ValueError, RuntimeError, TypeError) as exc:
            return Answer(500, "text/plain", f"the update failed: {exc}\n".encode())
        return Answer(204, "text/plain", b"")
    try:
        # the parameters are bound as `kg query` binds them (typed terms, the query's #+NAME lines)
        query, substitutions = prepare(job.query, job.bindings, named_graphs=job.build_graphs
                                       and not job.default_graphs and not job.named_graphs)
    except QueryError as exc:
        return Answer(400, "text/plain", f"bad request parameter: {exc}\n".encode())
    try:
        options: dict = {"prefixes": prefixes}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        if substitutions:
            options["substitutions"] = substitutions
    except ValueError as exc:
        return Answer(400, "text/plain", f"bad request parameter: {exc}\n".encode())
    truncated = False
    try:
        results = store.query(query, **options)
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


def open_worker_store(store_dir: str, in_memory: bool, writable: bool = False):
    """The build's store read-only (writable: read-write, for --allow-update), or (in_memory) its
    graph.nq loaded into an in-memory store."""
    import pyoxigraph as ox

    if writable:
        return ox.Store(store_dir)
    if not in_memory:
        return ox.Store.read_only(store_dir)
    from .store import add_name_index

    store = ox.Store()
    store.bulk_load(path=str(Path(store_dir).parent / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    add_name_index(store)  # as the on-disk store has it (search reads it)
    return store


def _worker_main(store_dir: str, conn, in_memory: bool = False,
                 writable: bool = False) -> None:  # pragma: no cover - a child
    die_with_parent()
    try:
        store = open_worker_store(store_dir, in_memory, writable)
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

    def __init__(self, store_dir: Path, size: int, in_memory: bool = False, writable: bool = False):
        self._store_dir = str(store_dir)
        self._in_memory = in_memory
        self._writable = writable  # one read-write worker: updates and queries see one store
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
        process = self._ctx.Process(target=_worker_main, args=(self._store_dir, child, self._in_memory, self._writable),
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
