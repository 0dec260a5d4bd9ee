"""Benchmark of the query library: the embedded Oxigraph store vs rdflib's in-memory engine.

Builds N reports of the shared corpus (default 500; cached in /tmp between runs), then runs every
library query against the store that `kg query` reads and against an rdflib Dataset holding the
same graph.nq, with the same parameter bindings, in the same run. Prints figures; asserts nothing.

    .venv/bin/python bench/queries.py                 # N=500, or GOVKG_BENCH_REPORTS
    .venv/bin/python bench/queries.py --reports 50    # quicker
    make bench

The build is cached in /tmp/govkg-bench/n<N>-<selection> (or $GOVKG_BENCH_CACHE/…); --rebuild builds it
again, which is needed after a change to what `kg build` writes.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import math
import os
import resource
import shutil
import signal
import statistics
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS_ARCHIVE = ROOT.parent / "shared" / "corpus" / "gov-reports-corpus.tar.xz"
CORPUS_DIR = Path(tempfile.gettempdir()) / "govkg-corpus"
CACHE_ROOT = Path(os.environ.get("GOVKG_BENCH_CACHE") or Path(tempfile.gettempdir()) / "govkg-bench")


# ----------------------------------------------------------------- the data


def corpus_dir(archive: Path = CORPUS_ARCHIVE, target: Path = CORPUS_DIR) -> Path:
    """The unpacked corpus (reports/…), unpacked from the shared archive on first use."""
    reports = target / "reports"
    if reports.is_dir():
        return reports
    if not archive.is_file():
        sys.exit(f"bench: no corpus: {archive} is missing")
    print(f"unpacking {archive} into {target} …", flush=True)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return reports


def select_reports(reports: Path, n: int) -> list[Path]:
    """N reports as whole series: every year of one region, regions in a fixed pseudo-random order.

    Whole series give the cross-year queries (targets vs outcomes, indicator over the years) real work;
    the hashed order mixes national, provincial and city reports.
    """
    groups: dict[Path, list[Path]] = {}
    for path in sorted(reports.rglob("*.txt")):
        groups.setdefault(path.parent, []).append(path)
    order = sorted(groups, key=lambda p: hashlib.sha256(str(p.relative_to(reports)).encode()).hexdigest())
    chosen: list[Path] = []
    for folder in order:
        chosen.extend(groups[folder])
        if len(chosen) >= n:
            break
    return chosen[:n]


def source_hash() -> str:
    """A hash of the code and data that shape a build (kg/), so a cached build is never stale."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "kg").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".json", ".csv", ".ttl", ""}:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _build_chunk(args: tuple[list[str], str]) -> tuple[str, int, float]:
    from kg import build

    inputs, out = args
    result = build(inputs, out, html=False)
    return out, len(result.reports), result.seconds


def build_reports(paths: list[Path], out: Path, jobs: int) -> dict:
    """Build the reports in `jobs` processes (one build per chunk), merge the N-Quads, load the store.

    Builds of separate reports merge line by line (docs/graph.md), so this equals one `kg build`.
    """
    from kg.store import build_store

    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=".chunks.", dir=out.parent))
    chunks = [[str(p) for p in paths[i::jobs]] for i in range(jobs)]
    chunks = [c for c in chunks if c]
    with concurrent.futures.ProcessPoolExecutor(max_workers=len(chunks)) as pool:
        done = list(pool.map(_build_chunk, [(c, str(tmp / f"chunk{i}")) for i, c in enumerate(chunks)]))
    extract_seconds = time.perf_counter() - started
    lines: set[str] = set()
    for chunk_out, _n, _s in done:
        with open(Path(chunk_out) / "graph.nq", encoding="utf-8") as fh:
            lines.update(line.rstrip("\n") for line in fh if line.strip())
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "graph.nq", "w", encoding="utf-8") as fh:
        for line in sorted(lines):
            fh.write(line + "\n")
    load_started = time.perf_counter()
    build_store(out, out / "graph.nq")
    store_seconds = time.perf_counter() - load_started
    shutil.rmtree(tmp, ignore_errors=True)
    return {"reports": sum(n for _o, n, _s in done), "quads": len(lines),
            "build_seconds": time.perf_counter() - started, "extract_seconds": extract_seconds,
            "store_load_seconds": store_seconds, "jobs": len(chunks)}


def cached_build(n: int, jobs: int, rebuild: bool) -> tuple[Path, dict]:
    """The build of N reports, cached in $GOVKG_BENCH_CACHE (default /tmp/govkg-bench)/n<N>-<selection>."""
    reports = corpus_dir()
    paths = select_reports(reports, n)
    key = hashlib.sha256("\n".join(str(p.relative_to(reports)) for p in paths).encode()).hexdigest()[:8]
    out = CACHE_ROOT / f"n{len(paths)}-{key}"
    info_file = out / "bench-build.json"
    code = source_hash()
    if info_file.is_file() and (out / "store").is_dir() and not rebuild:
        info = json.loads(info_file.read_text(encoding="utf-8"))
        info["cached"] = True
        if info.get("source_hash") != code:
            print(f"note: the cached build in {out} was made by other code (kg/ changed since); "
                  "--rebuild builds it again", flush=True)
        return out, info
    shutil.rmtree(out, ignore_errors=True)
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    print(f"building {len(paths)} reports into {out} with {jobs} processes …", flush=True)
    info = build_reports(paths, out, jobs)
    info["source_hash"] = code
    info_file.write_text(json.dumps(info, indent=2), encoding="utf-8")
    info["cached"] = False
    return out, info


# ------------------------------------------------------------ measuring


def rss_mib() -> float:
    """Resident memory of this process now, MiB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / (1 << 20)


def first(store, query: str, **bindings: str) -> str | None:
    import pyoxigraph as ox

    subs = {ox.Variable(k): ox.Literal(v) for k, v in bindings.items()}
    for row in store.query(query, use_default_graph_as_union=True, substitutions=subs or None):
        return row[0].value
    return None


def choose_params(store) -> dict[str, str]:
    """Parameter values that exist in this build: the region with most reports, one of its facts …

    Every query gets the values of the parameters it declares, the way `kg query NAME --param …` would.
    """
    p = "PREFIX gov: <https://w3id.org/govkg/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    unit = first(store, p + "SELECT ?l (COUNT(?r) AS ?n) WHERE { ?r a gov:Report ; gov:region/rdfs:label ?l } "
                            "GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1") or "乌鲁木齐市"
    params = {
        "unit": unit,
        "year": first(store, p + "SELECT ?y (COUNT(*) AS ?n) ?unit WHERE { ?m gov:refArea/rdfs:label ?l ; "
                                 "gov:refPeriod ?p ; gov:valueKind \"growth\" FILTER(STR(?l) = ?unit) "
                                 "BIND(STR(?p) AS ?y) } GROUP BY ?y ?unit ORDER BY DESC(?n) ?y LIMIT 1",
                      unit=unit) or "2020",
        "indicator": "地区生产总值",
        "program": "乡村振兴",
        "name": "减税降费",
        "section": "经济",
        "report": first(store, p + "SELECT ?r ?unit WHERE { ?r a gov:Report ; gov:region/rdfs:label ?l ; "
                                   "gov:year ?y FILTER(STR(?l) = ?unit) } ORDER BY DESC(?y) LIMIT 1",
                        unit=unit) or "",
        "fact": first(store, p + "SELECT ?t ?unit WHERE { ?m a gov:Outcome ; gov:refArea/rdfs:label ?l ; "
                                 "gov:surfaceText ?t ; gov:indicator/rdfs:label \"地区生产总值\"@zh "
                                 "FILTER(STR(?l) = ?unit) } ORDER BY ?m LIMIT 1", unit=unit) or "1.02万件",
        "text": unit[:2],
    }
    return params


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout


def timed(run, runs: int, cap: float | None = None) -> tuple[float | None, int, float | None]:
    """(median wall seconds, rows, median CPU seconds) of `runs` runs of `run()`; None past `cap`.

    Both engines evaluate a query in the calling thread, so its CPU time is the query's own work even
    when other processes share the cores. `cap` is CPU seconds of this process (ITIMER_VIRTUAL):
    rdflib evaluates in Python, so the signal stops it. A first run over 2 s of CPU is not repeated.
    """
    walls, cpus, rows = [], [], 0
    for i in range(runs):
        if cap:  # CPU time of this process (rdflib evaluates in Python, so the signal stops it)
            signal.signal(signal.SIGVTALRM, _alarm)
            signal.setitimer(signal.ITIMER_VIRTUAL, cap)
        started, cpu_started = time.perf_counter(), time.thread_time()
        try:
            rows = run()
        except Timeout:
            return None, rows, None
        except Exception as exc:  # noqa: BLE001 - an engine's error is a figure too
            return None, f"{type(exc).__name__}: {exc}"[:80], None
        finally:
            if cap:
                signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        walls.append(time.perf_counter() - started)
        cpus.append(time.thread_time() - cpu_started)
        if i == 0 and cpus[0] > 2.0:
            break
    return statistics.median(walls), rows, statistics.median(cpus)


def _store_worker(store_dir: str, conn) -> None:
    """Child process: open the store, then time the queries sent to it, one at a time."""
    import pyoxigraph as ox

    from kg.consts import PREFIXES
    from kg.query import prepare
    from kg.serve_worker import die_with_parent

    die_with_parent()
    store = ox.Store.read_only(store_dir)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    conn.send("ready")
    while True:
        try:
            text, bindings, runs, cap = conn.recv()
        except EOFError:
            return
        # a CPU-time limit, so other processes on the machine do not stop a query: SIGXCPU kills
        # this process once the query has used `cap` more CPU seconds
        usage = resource.getrusage(resource.RUSAGE_SELF)
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(usage.ru_utime + usage.ru_stime + cap), hard))
        # as `kg query` binds them: typed terms, #+NAME lines, #+graphs lines (the store of a `kg build`)
        text, subs = prepare(text, bindings, named_graphs=True)
        subs = subs or None

        def run(text=text, subs=subs):
            return len(list(store.query(text, use_default_graph_as_union=True, substitutions=subs,
                                        prefixes=prefixes)))

        conn.send(timed(run, runs))


class StoreTimer:
    """Times queries on the store in a child process, killed (and restarted) past `cap` CPU seconds.

    A pyoxigraph query cannot be interrupted, so a deadline needs a process (as in `kg serve`).
    """

    def __init__(self, store_dir: Path, cap: float):
        import multiprocessing

        self.store_dir, self.cap = str(store_dir), cap
        self.ctx = multiprocessing.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.process = self.ctx.Process(target=_store_worker, args=(self.store_dir, child), daemon=True)
        self.process.start()
        child.close()
        assert self.conn.recv() == "ready"

    def rss_mib(self) -> float:
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as fh:
            return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))

    def time(self, text: str, bindings: dict[str, str], runs: int) -> tuple[float | None, int, float | None]:
        self.conn.send((text, bindings, runs, self.cap))
        # the CPU limit stops the worker; the wall-clock limit here only guards against a hang
        try:
            if self.conn.poll(20 * self.cap + 5 * runs):
                return self.conn.recv()
        except (EOFError, OSError):  # killed by its CPU limit
            pass
        self.close()
        self._start()
        return None, 0, None

    def close(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


def ms(seconds: float | None, cap: float | None = None) -> str:
    if seconds is None:
        return f"> {cap * 1000:,.0f}" if cap else "—"
    return f"{seconds * 1000:,.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


def cell(figure: tuple[float | None, int | str, float | None], cap: float) -> str:
    wall, rows, cpu = figure
    if isinstance(rows, str):
        return "error"
    return ms(wall, cap) if wall is None else f"{ms(wall)} ({ms(cpu)})"


def count(figure: tuple) -> str:
    return "—" if figure[0] is None else f"{figure[1]:,}"


def ratio(store: tuple, rdflib: tuple, rdflib_cap: float) -> str:
    if store[0] is None:
        return "?"
    if isinstance(rdflib[1], str):
        return "—"
    if rdflib[0] is None:
        return f"> {rdflib_cap / max(store[2], 1e-6):,.0f}×"
    return f"{rdflib[2] / max(store[2], 1e-6):,.0f}×"


def median_or_nan(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", "-n", type=int, default=int(os.environ.get("GOVKG_BENCH_REPORTS", 500)),
                        help="reports to build (default: $GOVKG_BENCH_REPORTS or 500)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query; the median is shown (default: 5)")
    parser.add_argument("--rdflib-timeout", type=float, default=10.0,
                        help="CPU seconds after which an rdflib query is stopped (default: 10)")
    parser.add_argument("--store-timeout", type=float, default=10.0,
                        help="CPU seconds after which a store query is stopped (default: 10)")
    parser.add_argument("--no-rdflib", action="store_true", help="only the store")
    parser.add_argument("--queries", default=None, help="a folder of .rq files instead of queries/")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="build processes (default: cores)")
    parser.add_argument("--rebuild", action="store_true", help="build again even if a cached build exists")
    parser.add_argument("--overlap", action="store_true",
                        help="time the store while rdflib parses graph.nq on the other core (faster, but the "
                             "store's times then include the contention of a 2-core machine: up to 2x)")
    args = parser.parse_args(argv)

    import rdflib

    from kg.query import library, rdflib_bindings
    from kg.store import open_store

    out, info = cached_build(args.reports, args.jobs, args.rebuild)
    print(f"\nbuild: {info['reports']} reports, {info['quads']:,} quads, "
          f"{'cached' if info['cached'] else 'built now'} in {out}")
    print(f"  build time {info['build_seconds']:.0f} s with {info['jobs']} processes "
          f"(store bulk load of graph.nq {info['store_load_seconds']:.1f} s)")
    print(f"  graph.nq {(out / 'graph.nq').stat().st_size / (1 << 20):,.0f} MiB, "
          f"store/ {folder_mib(out / 'store'):,.0f} MiB on disk")

    base_rss = rss_mib()
    started = time.perf_counter()
    store = open_store(out)
    open_seconds = time.perf_counter() - started
    params = choose_params(store)
    del store
    queries = library(Path(args.queries)) if args.queries else library()
    print(f"  parameters: {', '.join(f'{k}={v}' for k, v in params.items())}")

    load_before = os.getloadavg()[0]
    timer = StoreTimer(out / "store", args.store_timeout)
    results: list[dict] = []
    figures: dict = {}

    def time_store() -> None:  # in a thread: the store runs in its own process, this thread only waits
        for q in queries:
            text = q.path.read_text(encoding="utf-8")
            bound = {name: params[name] for name in q.params if name in params}
            unbound = timer.time(text, {}, args.runs)
            results.append({"query": q, "text": text, "bound": bound, "all": unbound,
                            "store": timer.time(text, bound, args.runs) if bound else unbound})
            print(f"  store: {q.name}: {cell(results[-1]['store'], args.store_timeout)} ms",
                  file=sys.stderr, flush=True)
        figures["store_rss"] = timer.rss_mib()

    # By default the store's queries run first, alone, then rdflib parses graph.nq: on a 2-core machine
    # the parse on the other core made the store's CPU times up to 2x longer (shared caches and memory).
    # --overlap runs both at once, one core each, to save the store's share of the wall time.
    store_thread = threading.Thread(target=time_store, daemon=True)
    store_thread.start()
    if not args.overlap:
        store_thread.join()
    rd_load = rd_rss = None
    try:
        if not args.no_rdflib:
            started = time.perf_counter()
            dataset = rdflib.Dataset(default_union=True)
            dataset.parse(str(out / "graph.nq"), format="nquads")
            rd_load = time.perf_counter() - started
            rd_rss = rss_mib()
        store_thread.join()
    finally:
        timer.close()
    store_rss = figures.get("store_rss", float("nan"))
    if not args.no_rdflib:
        for r in results:
            # the same typed terms as the store; the text as written, without the #+graphs lines
            # (the form any copy of the graph answers; the rows are the same)
            text, init = rdflib_bindings(r["text"], r["bound"])
            r["rdflib"] = timed(lambda text=text, init=init: len(list(dataset.query(text, initBindings=init))),
                                max(1, min(args.runs, 3)), args.rdflib_timeout)
            print(f"  rdflib: {r['query'].name}: {cell(r['rdflib'], args.rdflib_timeout)} ms",
                  file=sys.stderr, flush=True)
    load_after = os.getloadavg()[0]

    print(f"\nlibrary queries: milliseconds, wall (CPU of the querying thread), median of {args.runs} runs "
          f"(1 run when the first took > 2 s); every row fetched. 'bound' = with the parameters above, as "
          f"`kg query NAME --param …` runs them; 'unbound' = no parameter, the whole graph. Ratio = rdflib / "
          f"store CPU time.")
    header = f"{'query':24} {'rows':>7} {'store ms':>19}"
    if not args.no_rdflib:
        header += f" {'rdflib ms':>19} {'ratio':>7}"
    header += f" {'unbound rows':>13} {'unbound store ms':>19}"
    print(header)
    print("-" * len(header))
    for r in results:
        line = f"{r['query'].name + ('' if r['bound'] else ' *'):24} {count(r['store']):>7} " \
               f"{cell(r['store'], args.store_timeout):>19}"
        if not args.no_rdflib:
            line += f" {cell(r['rdflib'], args.rdflib_timeout):>19} {ratio(r['store'], r['rdflib'], args.rdflib_timeout):>7}"
        line += f" {count(r['all']):>13} {cell(r['all'], args.store_timeout):>19}"
        if not args.no_rdflib and r["rdflib"][0] is not None and r["store"][0] is not None \
                and r["rdflib"][1] != r["store"][1]:
            line += f"  (rdflib: {r['rdflib'][1]:,} rows)"
        print(line)
    print("* no parameters: bound = unbound")
    for r in results:
        for engine in ("store", "all", "rdflib"):
            if engine in r and isinstance(r[engine][1], str):
                print(f"{r['query'].name}: {'rdflib' if engine == 'rdflib' else 'store'} failed: {r[engine][1]}")
    slow = [r["query"].name for r in results
            if r["store"][0] is None or r["store"][0] > 0.2 or r["all"][0] is None or r["all"][0] > 0.2]
    print(f"\nstore: opened read-only in {open_seconds * 1000:.0f} ms; over 200 ms wall (bound or unbound): "
          f"{', '.join(slow) or 'none'}")
    if not args.no_rdflib:
        ratios = [r["rdflib"][2] / r["store"][2] for r in results if r["rdflib"][0] and r["store"][0]]
        stopped = sum(1 for r in results if r["rdflib"][0] is None and not isinstance(r["rdflib"][1], str))
        print(f"rdflib: graph.nq parsed into a Dataset in {rd_load:.1f} s; {stopped} queries stopped at "
              f"{args.rdflib_timeout:g} s; ratio over the others: median {median_or_nan(ratios):,.0f}×, "
              f"lowest {min(ratios, default=float('nan')):,.0f}×")
    print(f"memory (RSS): the process querying the store {store_rss:,.0f} MiB after all its queries"
          + (f"; this process {base_rss:,.0f} MiB before and {rd_rss:,.0f} MiB after loading the rdflib "
             f"Dataset (+{rd_rss - base_rss:,.0f} MiB)" if rd_rss else ""))
    print(f"machine: {os.cpu_count()} cores, load average {load_before:.1f} at the start of the queries, "
          f"{load_after:.1f} at the end (over {os.cpu_count()}: other processes shared the cores, and wall "
          f"times are longer than CPU times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
