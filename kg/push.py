"""Push a build to a SPARQL server: each report graph replaced atomically, the shared graph merged.

A report graph is sent in batches into a temporary graph and then moved over the real one with one
SPARQL 1.1 Update request (`MOVE <tmp> TO <g>`), so a push that fails half-way leaves every remote
report graph either as it was or fully new. The shared graph (facts about units, indicators, …) is
merged with INSERT DATA / GSP POST: it holds the facts of every report ever pushed, and set
semantics make a re-push add nothing. Triples travel as N-Triples text serialized by Oxigraph, which
is valid inside INSERT DATA and as a Turtle body, so no term is ever pasted in as raw text.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from .consts import GOV, VERSION
from .errors import KgError
from .export import count_triples, graph_names, graph_triples, is_report_graph
from .store import open_store

PROTOCOLS = ("update", "gsp")
DEFAULT_BATCH = {"update": 1000, "gsp": 10000}  # Virtuoso rejects INSERT DATA above ~1,500 triples
TMP_PREFIX = "urn:govkg:push-tmp:"
USER_AGENT = f"govkg/{VERSION} (kg push)"


class PushError(KgError):
    """A push failed; the message names the graph, the batch and what had been pushed."""

    exit_code = 5


class VerifyError(PushError):
    """The push finished but the server's triple counts differ from the local store's."""

    exit_code = 6


class RemoteError(Exception):
    """One request failed (after its retries); `message` is one line for a person."""

    def __init__(self, message: str, retryable: bool):
        super().__init__(message)
        self.message = message
        self.retryable = retryable

    def __str__(self) -> str:
        return self.message


@dataclass
class PushConfig:
    endpoint: str                      # SPARQL query endpoint (used to verify counts)
    update_endpoint: str | None = None  # SPARQL Update endpoint, if not the query endpoint
    store_endpoint: str | None = None   # Graph Store Protocol endpoint (--protocol gsp)
    protocol: str = "update"
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    batch_size: int | None = None
    timeout: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    dry_run: bool = False
    verify: bool = True
    drop_superseded: bool = True

    def __post_init__(self):
        if self.protocol not in PROTOCOLS:
            raise PushError(f"unknown protocol '{self.protocol}' (update or gsp)")
        if self.auth not in ("basic", "digest"):
            raise PushError(f"unknown authentication '{self.auth}' (basic or digest)")
        if self.batch_size is None:
            self.batch_size = DEFAULT_BATCH[self.protocol]
        if self.batch_size < 1:
            raise PushError("--batch-size must be at least 1")
        if self.user and self.password is None:
            raise PushError("--user needs a password (--password or KG_PUSH_PASSWORD)")
        if self.protocol == "gsp" and not self.store_endpoint:
            self.store_endpoint = guess_store_endpoint(self.endpoint)

    @property
    def updates_to(self) -> str:
        """Where updates go: --update-endpoint, else Oxigraph's and Fuseki's /update beside /query."""
        if self.update_endpoint:
            return self.update_endpoint
        if self.endpoint.rstrip("/").endswith("/query"):
            return self.endpoint.rstrip("/")[: -len("/query")] + "/update"
        return self.endpoint


def guess_store_endpoint(endpoint: str) -> str:
    """The Graph Store endpoint beside a query endpoint: Oxigraph's /store, Virtuoso's graph-crud."""
    for tail, store in (("/query", "/store"), ("/sparql-auth", "/sparql-graph-crud-auth"),
                        ("/sparql", "/sparql-graph-crud")):
        if endpoint.rstrip("/").endswith(tail):
            return endpoint.rstrip("/")[: -len(tail)] + store
    raise PushError(f"cannot tell the Graph Store endpoint of {endpoint}: give --store-endpoint")


@dataclass
class GraphPlan:
    graph: str
    report: bool
    triples: int
    batches: int


@dataclass
class GraphCheck:
    graph: str
    local: int
    remote: int
    ok: bool
    note: str = ""


@dataclass
class PushProgress:
    graph: str
    graph_index: int
    graphs: int
    batch: int
    batches: int
    triples_done: int
    triples_total: int


@dataclass
class PushResult:
    plans: list[GraphPlan]
    requests: int = 0
    triples_sent: int = 0
    seconds: float = 0.0
    superseded: list[str] = field(default_factory=list)
    checks: list[GraphCheck] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(p.triples for p in self.plans)


def plan_push(store: ox.Store, batch_size: int) -> list[GraphPlan]:
    """Shared graphs first (so report graphs never point at missing facts), then the reports."""
    plans = []
    for graph in graph_names(store):
        n = count_triples(store, graph)
        plans.append(GraphPlan(graph=graph, report=is_report_graph(store, graph), triples=n,
                               batches=max(1, -(-n // batch_size))))
    return sorted(plans, key=lambda p: (p.report, p.graph))


def tmp_graph(graph: str) -> str:
    """A fixed temporary name per graph, so a push that died is cleaned up by the next one."""
    return TMP_PREFIX + hashlib.sha256(graph.encode("utf-8")).hexdigest()[:24]


def _batches(lines: Iterator[str], size: int) -> Iterator[list[str]]:
    while batch := list(islice(lines, size)):
        yield batch


# ---------------------------------------------------------------------------
# The remote server


class _Wrapper(SPARQLWrapper):
    def _parseQueryType(self, query: str):
        # The stock parser runs its regexes over the whole text, ~0.05 s per 1,000-triple INSERT DATA
        # (half the push time); the operation keyword always opens the text we send.
        return super()._parseQueryType(query[:200])


class Remote:
    """SPARQL queries and updates through SPARQLWrapper, GSP through urllib; retries with backoff."""

    def __init__(self, config: PushConfig):
        self.config = config
        self.requests = 0
        self._query = self._wrapper(config.endpoint)
        self._update = self._wrapper(config.endpoint, config.updates_to)
        self._opener = self._gsp_opener() if config.protocol == "gsp" else None

    def _wrapper(self, endpoint: str, update_endpoint: str | None = None) -> SPARQLWrapper:
        sw = _Wrapper(endpoint, updateEndpoint=update_endpoint, agent=USER_AGENT)
        sw.setMethod(POST)
        sw.setTimeout(max(1, round(self.config.timeout)))
        if self.config.user:
            sw.setHTTPAuth(DIGEST if self.config.auth == "digest" else BASIC)
            sw.setCredentials(self.config.user, self.config.password)
        return sw

    def _gsp_opener(self) -> urllib.request.OpenerDirector:
        handlers = []
        if self.config.user and self.config.auth == "digest":
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, self.config.store_endpoint, self.config.user, self.config.password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        return urllib.request.build_opener(*handlers)

    def _retrying(self, call: Callable[[], object], retries: int | None = None) -> object:
        retries = self.config.retries if retries is None else retries
        attempt = 0
        while True:
            try:
                self.requests += 1
                return call()
            except Exception as exc:
                error = describe(exc, self.config.timeout)
                if not error.retryable or attempt >= retries:
                    if attempt:
                        error.message += f" (after {attempt + 1} attempts)"
                    raise error from exc
                time.sleep(self.config.backoff * 2 ** attempt)
                attempt += 1

    def update(self, text: str, retries: int | None = None) -> None:
        def call():
            self._update.setQuery(text)
            result = self._update.query()
            result.response.read()
            result.response.close()
        self._retrying(call, retries)

    def select(self, text: str) -> list[dict]:
        def call():
            self._query.setQuery(text)
            self._query.setReturnFormat(JSON)
            return self._query.queryAndConvert()["results"]["bindings"]
        return self._retrying(call)

    def count(self, graph: str) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]["value"]) if rows else 0

    def gsp(self, method: str, graph: str, lines: list[str]) -> None:
        """PUT (replace) or POST (merge) N-Triples into one graph of the Graph Store."""
        store = self.config.store_endpoint
        url = f"{store}{'&' if '?' in store else '?'}{urllib.parse.urlencode({'graph': graph})}"
        body = "".join(f"{line} .\n" for line in lines).encode("utf-8")

        def call():
            request = urllib.request.Request(url, data=body, method=method, headers={
                "Content-Type": "text/turtle; charset=utf-8", "User-Agent": USER_AGENT})
            if self.config.user and self.config.auth == "basic":
                request.add_unredirected_header("Authorization", _basic(self.config.user, self.config.password))
            with self._opener.open(request, timeout=self.config.timeout) as response:
                response.read()
        self._retrying(call)


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def describe(exc: BaseException, timeout: float) -> RemoteError:
    """One line for a failed request, and whether trying again may help (5xx, connection, timeout)."""
    if isinstance(exc, SPARQLWrapperException):
        code = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
                "URITooLong": 414, "EndPointInternalError": 500}.get(type(exc).__name__)
        body = str(exc).split("Response:", 1)[-1] if "Response:" in str(exc) else str(exc)
        return _http_error(code or 0, body)
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read().decode("utf-8", "replace")
        except Exception:  # the body is only a detail of the message
            body = exc.reason or ""
        return _http_error(exc.code, body or str(exc.reason))
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            return RemoteError(f"no answer within {timeout:g} s", True)
        return RemoteError(f"cannot connect: {reason}", True)
    if isinstance(exc, TimeoutError | socket.timeout):
        return RemoteError(f"no answer within {timeout:g} s", True)
    if isinstance(exc, ConnectionError | http.client.HTTPException):
        return RemoteError(f"connection lost: {exc.__class__.__name__} {exc}".rstrip(), True)
    if isinstance(exc, json.JSONDecodeError | KeyError | ValueError):
        return RemoteError(f"unexpected answer: {exc}", False)
    raise exc


def _http_error(code: int, body: str) -> RemoteError:
    text = " ".join(str(body).replace("\\n", " ").split())
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    text = text[:300]
    if code in (401, 403):
        return RemoteError(f"HTTP {code}: not authorized: check --user, --password and --auth "
                           f"(the server said: {text or 'nothing'})", False)
    return RemoteError(f"HTTP {code or '?'}: {text or 'no details'}", code >= 500 or code == 0)


# ---------------------------------------------------------------------------
# The push


REPORT_KEYS = f"""SELECT DISTINCT ?g ?file ?region ?year WHERE {{
  GRAPH ?g {{ ?g a <{GOV}Report> ; <{GOV}sourceFile> ?file .
    OPTIONAL {{ ?g <{GOV}region> ?region }} OPTIONAL {{ ?g <{GOV}year> ?year }} }} }}"""


def _report_key(row: dict) -> tuple:
    return tuple(row.get(k, {}).get("value") for k in ("file", "region", "year"))


def _local_report_keys(store: ox.Store, plans: list[GraphPlan]) -> dict[str, tuple]:
    keys = {}
    for row in store.query(REPORT_KEYS):
        graph = row["g"].value
        keys[graph] = tuple(row[k].value if row[k] is not None else None for k in ("file", "region", "year"))
    return {p.graph: keys[p.graph] for p in plans if p.report and p.graph in keys}


def superseded_graphs(remote: Remote, store: ox.Store, plans: list[GraphPlan]) -> dict[str, list[str]]:
    """Remote report graphs of an earlier version of a local report (same file, region and year)."""
    local = _local_report_keys(store, plans)
    by_key: dict[tuple, str] = {key: graph for graph, key in local.items()}
    old: dict[str, list[str]] = {}
    for row in remote.select(REPORT_KEYS):
        graph, key = row["g"]["value"], _report_key(row)
        if key in by_key and graph not in local:
            old.setdefault(by_key[key], []).append(graph)
    return old


def push_build(out_dir: Path, config: PushConfig,
               progress: Callable[[PushProgress], None] | None = None) -> PushResult:
    """Push a build folder's store to the server described by `config`."""
    store = open_store(Path(out_dir))
    try:
        return push_store(store, config, progress)
    finally:
        del store


def push_store(store: ox.Store, config: PushConfig,
               progress: Callable[[PushProgress], None] | None = None) -> PushResult:
    plans = plan_push(store, config.batch_size)
    result = PushResult(plans=plans)
    if config.dry_run or not plans:
        return result
    started = time.perf_counter()
    remote = Remote(config)
    done: list[GraphPlan] = []
    old = {}
    if config.drop_superseded:
        try:
            old = superseded_graphs(remote, store, plans)
        except RemoteError as exc:
            raise PushError(f"{config.endpoint}: cannot list the report graphs on the server: {exc.message}; "
                            "nothing was pushed") from None
    total = result.triples
    for index, plan in enumerate(plans, 1):
        _push_graph(remote, store, plan, index, result, done, old.get(plan.graph, []), total, progress)
        done.append(plan)
        result.superseded.extend(old.get(plan.graph, []))
    result.requests = remote.requests
    result.seconds = time.perf_counter() - started
    if config.verify:
        result.checks = verify(remote, store, plans, result.superseded)
        result.requests = remote.requests
        bad = [c for c in result.checks if not c.ok]
        if bad:
            detail = "; ".join(f"<{c.graph}> server {c.remote}, local {c.local}" for c in bad)
            raise VerifyError(f"pushed {result.triples_sent} triples, but the server's counts differ: {detail}")
    return result


def _push_graph(remote: Remote, store: ox.Store, plan: GraphPlan, index: int, result: PushResult,
                done: list[GraphPlan], superseded: list[str], total: int,
                progress: Callable[[PushProgress], None] | None) -> None:
    config = remote.config
    target = tmp_graph(plan.graph) if plan.report else plan.graph
    batch_no, sent = 0, 0
    try:
        if plan.report and config.protocol == "update":
            remote.update(f"DROP SILENT GRAPH <{target}>")
        for batch_no, batch in enumerate(_batches(graph_triples(store, plan.graph), config.batch_size), 1):
            if config.protocol == "update":
                body = "\n".join(f"{line} ." for line in batch)
                remote.update(f"INSERT DATA {{ GRAPH <{target}> {{\n{body}\n}} }}")
            else:
                remote.gsp("PUT" if plan.report and batch_no == 1 else "POST", target, batch)
            sent += len(batch)
            result.triples_sent += len(batch)
            if progress:
                progress(PushProgress(plan.graph, index, len(result.plans), batch_no, plan.batches,
                                      result.triples_sent, total))
        if plan.report:
            batch_no = plan.batches + 1
            _move(remote, target, plan, superseded)
    except RemoteError as exc:
        if plan.report:
            _drop_quietly(remote, target)
        raise PushError(_failure(plan, batch_no, exc, done, config, sent)) from None


def _move(remote: Remote, tmp: str, plan: GraphPlan, superseded: list[str]) -> None:
    """Swap the temporary graph in, and drop earlier versions of the report, in one request."""
    drops = "".join(f" ;\nDROP SILENT GRAPH <{g}>" for g in superseded)
    text = f"MOVE <{tmp}> TO <{plan.graph}>{drops}"
    try:
        remote.update(text, retries=0)
    except RemoteError as exc:
        # MOVE is not safe to repeat blindly: if the first one went through and only its answer was
        # lost, moving the now empty temporary graph again would fail or empty the report graph.
        if not exc.retryable or remote.config.retries == 0:
            raise
        time.sleep(remote.config.backoff)
        if remote.count(tmp) == 0 and remote.count(plan.graph) == plan.triples:
            return
        remote.update(text, retries=remote.config.retries - 1)


def _drop_quietly(remote: Remote, tmp: str) -> None:
    try:
        remote.update(f"DROP SILENT GRAPH <{tmp}>", retries=0)
    except RemoteError:
        pass  # the next push of this graph drops it first


def _failure(plan: GraphPlan, batch_no: int, exc: RemoteError, done: list[GraphPlan],
             config: PushConfig, sent: int) -> str:
    kind = "report graph" if plan.report else "shared graph"
    if batch_no == 0:
        step = "before the first batch"
    elif batch_no > plan.batches:
        step = f"moving the temporary graph over it (all {plan.batches} batches sent)"
    else:
        first = (batch_no - 1) * config.batch_size + 1
        step = f"batch {batch_no}/{plan.batches} (triples {first}-{min(plan.triples, batch_no * config.batch_size)})"
    pushed = (f"{len(done)} graph{'s' if len(done) != 1 else ''} complete "
              f"({sum(p.triples for p in done)} triples)" if done else "no graph complete")
    if plan.report:
        state = "the report graph on the server is unchanged"
    else:
        state = f"{sent} of its {plan.triples} triples were merged in (a re-push adds the rest)"
    return (f"{kind} <{plan.graph}>, {step}: {exc.message}. Pushed before: {pushed}; {state}. "
            f"Server: {config.updates_to if config.protocol == 'update' else config.store_endpoint}")


def verify(remote: Remote, store: ox.Store, plans: list[GraphPlan], superseded: list[str]) -> list[GraphCheck]:
    """Count the triples of each pushed graph on the server and compare with the local store."""
    def count(graph: str) -> int:
        try:
            return remote.count(graph)
        except RemoteError as exc:
            raise PushError(f"pushed, but cannot count <{graph}> on the server: {exc.message}") from None

    checks = []
    for plan in plans:
        n = count(plan.graph)
        if plan.report:
            checks.append(GraphCheck(plan.graph, plan.triples, n, n == plan.triples))
        else:
            checks.append(GraphCheck(plan.graph, plan.triples, n, n >= plan.triples,
                                     "merged: the server may hold more"))
    for graph in superseded:
        n = count(graph)
        checks.append(GraphCheck(graph, 0, n, n == 0, "superseded: dropped"))
    return checks
