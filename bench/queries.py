"""Benchmark of the query library: the embedded Oxigraph store vs rdflib's in-memory engine.

Builds N reports of the shared corpus (default 500; cached in /tmp between runs), then runs every
library query against the store that `kg query` reads and against an rdflib Dataset holding the
same graph.nq, with the same parameter bindings, in the same run. Prints figures; asserts nothing.

    .venv/bin/python bench/queries.py                 # N=500, or GOVKG_BENCH_REPORTS
    .venv/bin/python bench/queries.py --reports 50    # quicker
    make bench
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import resource
import shutil
import signal
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS_ARCHIVE = ROOT.parent / "shared" / "corpus" / "gov-reports-corpus.tar.xz"
CORPUS_DIR = Path(tempfile.gettempdir()) / "govkg-corpus"
CACHE_ROOT = Path(tempfile.gettempdir()) / "govkg-bench"


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
    """The build of N reports, cached in /tmp/govkg-bench/n<N>-<selection>; made if missing or --rebuild."""
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
        "year": first(store, p + "SELECT ?y (COUNT(*) AS ?n) ?unit WHERE { ?m gov:refArea/rdfs:label ?unit ; "
                                 "gov:refPeriod ?p ; gov:valueKind \"growth\" BIND(STR(?p) AS ?y) } "
                                 "GROUP BY ?y ?unit ORDER BY DESC(?n) ?y LIMIT 1", unit=unit) or "2020",
        "indicator": "地区生产总值",
        "program": "乡村振兴",
        "section": "经济",
        "report": first(store, p + "SELECT ?r ?unit WHERE { ?r a gov:Report ; gov:region/rdfs:label ?unit ; gov:year ?y } "
                                   "ORDER BY DESC(?y) LIMIT 1", unit=unit) or "",
        "fact": first(store, p + "SELECT ?t ?unit WHERE { ?m a gov:Outcome ; gov:refArea/rdfs:label ?unit ; "
                                 "gov:surfaceText ?t ; gov:indicator/rdfs:label \"地区生产总值\"@zh } "
                                 "ORDER BY ?m LIMIT 1", unit=unit) or "1.02万件",
        "text": unit[:2],
    }
    return params


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout


def timed(run, runs: int, cap: float | None = None) -> tuple[float | None, int]:
    """(median seconds, rows) of `runs` runs of `run()`; None if one run passed `cap` seconds.

    rdflib evaluates in Python, so a SIGALRM stops it; a slow first run is not repeated.
    """
    times, rows = [], 0
    for i in range(runs):
        if cap:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, cap)
        started = time.perf_counter()
        try:
            rows = run()
        except Timeout:
            return None, rows
        finally:
            if cap:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - started)
        if cap and i == 0 and times[0] > cap / 10:  # slow: one run is the figure
            break
    return statistics.median(times), rows


def ms(seconds: float | None, cap: float | None = None) -> str:
    if seconds is None:
        return f"> {cap * 1000:,.0f}" if cap else "—"
    return f"{seconds * 1000:,.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", "-n", type=int, default=int(os.environ.get("GOVKG_BENCH_REPORTS", 500)),
                        help="reports to build (default: $GOVKG_BENCH_REPORTS or 500)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query; the median is shown (default: 5)")
    parser.add_argument("--rdflib-timeout", type=float, default=float(os.environ.get("GOVKG_BENCH_RDFLIB_TIMEOUT", 20)),
                        help="seconds after which an rdflib query is stopped (default: 20)")
    parser.add_argument("--no-rdflib", action="store_true", help="only the store")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="build processes (default: cores)")
    parser.add_argument("--rebuild", action="store_true", help="build again even if a cached build exists")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import rdflib

    from kg.consts import PREFIXES
    from kg.query import library
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
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    params = choose_params(store)
    queries = library()
    print(f"  parameters: {', '.join(f'{k}={v}' for k, v in params.items())}")

    def store_run(text: str, bindings: dict[str, str]):
        subs = {ox.Variable(k): ox.Literal(v) for k, v in bindings.items()} or None
        return lambda: len(list(store.query(text, use_default_graph_as_union=True, substitutions=subs,
                                            prefixes=prefixes)))

    results = []
    for q in queries:
        text = q.path.read_text(encoding="utf-8")
        bound = {name: params[name] for name in q.params if name in params}
        all_s, all_rows = timed(store_run(text, {}), args.runs)
        bound_s, bound_rows = timed(store_run(text, bound), args.runs) if bound else (None, None)
        results.append({"query": q, "text": text, "bound": bound, "all": (all_s, all_rows),
                        "store": (bound_s, bound_rows) if bound else (all_s, all_rows)})
    store_rss = rss_mib()

    rd_load = rd_rss = None
    if not args.no_rdflib:
        started = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(out / "graph.nq"), format="nquads")
        rd_load = time.perf_counter() - started
        rd_rss = rss_mib()
        for r in results:
            init = {rdflib.Variable(k): rdflib.Literal(v) for k, v in r["bound"].items()}
            text = r["text"]
            r["rdflib"] = timed(lambda text=text, init=init: len(list(dataset.query(text, initBindings=init))),
                                max(1, min(args.runs, 3)), args.rdflib_timeout)

    print(f"\nlibrary queries, median of {args.runs} runs, milliseconds (all rows fetched); "
          f"'bound' = with the parameters above, as `kg query NAME --param …` runs them")
    header = f"{'query':24} {'params':>7} {'rows':>7} {'store ms':>9}"
    if not args.no_rdflib:
        header += f" {'rdflib ms':>10} {'ratio':>8}"
    header += f" {'unbound rows':>13} {'unbound ms':>11}"
    print(header)
    print("-" * len(header))
    for r in results:
        store_s, rows = r["store"]
        line = f"{r['query'].name:24} {'bound' if r['bound'] else '—':>7} {rows:>7,} {ms(store_s):>9}"
        if not args.no_rdflib:
            rd_s, rd_rows = r["rdflib"]
            if rd_s is None:
                ratio = f"> {args.rdflib_timeout / store_s:,.0f}×"
            else:
                ratio = f"{rd_s / store_s:,.0f}×"
                if rd_rows != rows:
                    ratio += f" (rdflib {rd_rows} rows!)"
            line += f" {ms(rd_s, args.rdflib_timeout):>10} {ratio:>8}"
        all_s, all_rows = r["all"]
        line += f" {all_rows:>13,} {ms(all_s):>11}"
        print(line)
    slow = [r["query"].name for r in results if r["store"][0] > 0.2 or (r["all"][0] or 0) > 0.2]
    print(f"\nstore: opened read-only in {open_seconds * 1000:.0f} ms; over 200 ms: {', '.join(slow) or 'none'}")
    if not args.no_rdflib:
        ratios = [r["rdflib"][0] / r["store"][0] for r in results if r["rdflib"][0] is not None]
        print(f"rdflib: graph.nq parsed into a Dataset in {rd_load:.1f} s; "
              f"{sum(1 for r in results if r['rdflib'][0] is None)} queries stopped at {args.rdflib_timeout:g} s; "
              f"ratio median {statistics.median(ratios) if ratios else float('nan'):,.0f}×, "
              f"lowest {min(ratios) if ratios else float('nan'):,.0f}×")
    print(f"memory (RSS of this process): {base_rss:,.0f} MiB at start, {store_rss:,.0f} MiB after the store queries"
          + (f", {rd_rss:,.0f} MiB with the rdflib Dataset loaded (+{rd_rss - store_rss:,.0f} MiB)" if rd_rss else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
