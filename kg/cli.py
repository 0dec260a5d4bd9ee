"""The `kg` command line: options -> library calls; errors -> one line on stderr and an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .consts import DEFAULT_BASE, VERSION
from .errors import GoldError, KgError

EPILOG_BUILD = """examples:
  kg build                               build the bundled sample report into output/
  kg build reports/ -o out               every report under reports/
  kg build a.txt b.txt --base https://example.org/id/"""
EPILOG_QUERY = """examples:
  kg query --list
  kg query outcomes_by_indicator --param unit=沙依巴克区
  kg query my.rq --format csv
  kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'"""
EPILOG_VIZ = """examples:
  kg viz -g output                                  the whole graph (output/graph.html)
  kg viz --around 沙依巴克区 --depth 2 -o around.html
  kg viz --type Project,Program,AdministrativeUnit --fold-measurements
  kg viz --report shayibake_2024.txt
  kg viz --query edges.rq -o edges.html             a CONSTRUCT or a two-column SELECT"""
EPILOG_EVAL = """example:
  kg eval ../shared/gold/*.gold.json -g output --explain"""
EPILOG_EXPORT = """examples:
  kg export --format ttl -o graph.ttl            the union of all graphs, subjects sorted
  kg export --format trig --with-ontology -o all.trig
  kg export --graph-per-report shards/           one .nq per report graph + shared.nq, for bulk loaders
  kg export --format nq | gzip > graph.nq.gz     no -o: standard output"""
EPILOG_PUSH = """examples:
  kg push http://127.0.0.1:7878/query                  Oxigraph (updates go to /update beside /query)
  kg push http://127.0.0.1:8890/sparql-auth --user dba --password dba --auth digest
  kg push http://127.0.0.1:7878/query --protocol gsp --store-endpoint http://127.0.0.1:7878/store
  kg push http://localhost:3030/govkg/sparql --update-endpoint http://localhost:3030/govkg/update --dry-run

Each report graph is replaced as a whole (sent to a temporary graph, then MOVEd over it), so pushing
again adds no duplicates; the shared graph is merged. The password can also come from KG_PUSH_PASSWORD."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese government work reports.")
    parser.add_argument("--version", action="version", version=f"govkg {VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("build", help="build reports into an RDF graph, a store and an HTML network",
                       epilog=EPILOG_BUILD, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="report files or folders ('-' = stdin); none: the bundled sample")
    p.add_argument("-o", "--out", default="output", help="output folder (default: output)")
    p.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of instances (default: {DEFAULT_BASE})")
    p.add_argument("--no-html", action="store_true", help="skip graph.html")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="worker processes (default: one per core)")
    p.add_argument("--force", action="store_true",
                   help="rebuild every report, even those whose input and extractor are unchanged")

    p = sub.add_parser("query", help="run a SPARQL query (library name, .rq file or text) on a built graph",
                       epilog=EPILOG_QUERY, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", help="a .rq file, the name of a query in queries/, or SPARQL text")
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME to the string VALUE (repeatable)")
    p.add_argument("--list", action="store_true", help="list the query library")

    p = sub.add_parser("serve", help="serve a built graph as a read-only SPARQL endpoint with a query page",
                       epilog="examples:\n  kg serve -g output                 http://127.0.0.1:7879/ (page), /sparql (endpoint)\n"
                              "  kg serve --port 0 --timeout 10     any free port; queries stopped after 10 s",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7879, help="port (default: 7879; 0: any free port)")
    p.add_argument("--timeout", type=float, default=30.0,
                   help="seconds a query may run before it is stopped with HTTP 503 (default: 30)")
    p.add_argument("--max-rows", type=int, default=10_000,
                   help="rows (or triples) per answer; more are cut and X-SPARQL-MaxRows is set (default: 10000)")
    p.add_argument("--max-body", type=int, default=1 << 20, help="largest request body in bytes (default: 1048576)")
    p.add_argument("--workers", type=int, default=2, help="query processes, each one query at a time (default: 2)")
    p.add_argument("--in-memory", action="store_true",
                   help="each worker loads graph.nq into memory: most queries 3-7x less CPU; RAM per worker, slow start")
    p.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update (POST, 'Authorization: Bearer TOKEN') into the store; "
                        "needs --token-file; one query worker; graph.nq and graph.ttl are not changed")
    p.add_argument("--token-file", default=None, metavar="FILE",
                   help="file holding the update token (at least 16 characters; its first line)")
    p.add_argument("--quiet", action="store_true", help="no access log on stderr")

    p = sub.add_parser("eval", help="score a built graph against gold files",
                       epilog=EPILOG_EVAL, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold files (*.gold.json) or folders holding them")
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--explain", action="store_true", help="list misses and inventions")

    p = sub.add_parser("viz", help="write the HTML network of a built graph (or a view of it)",
                       epilog=EPILOG_VIZ, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("-o", "--out", default=None, help="HTML file (default: GRAPH/graph.html)")
    p.add_argument("--around", action="append", default=[], metavar="NAME",
                   help="only what is within --depth edges of NAME (a label, alternative label or IRI; repeatable)")
    p.add_argument("--depth", type=int, default=1, help="edges from --around (default: 1)")
    p.add_argument("--type", default="", metavar="CLASSES",
                   help="only these classes, comma-separated (e.g. Project,Program; Measurement = Outcome,Target)")
    p.add_argument("--report", metavar="FILE-or-IRI", help="only what one report mentions")
    p.add_argument("--query", metavar="QUERY",
                   help="edges from a CONSTRUCT or a two-column SELECT (.rq file, library name or text)")
    p.add_argument("--fold-measurements", action="store_true", help="fold measurements into their indicator nodes")
    p.add_argument("--max-nodes", type=int, default=3000, help="refuse to draw more nodes than this (default: 3000)")

    p = sub.add_parser("stats", help="counts per class and relation, the most central things, communities",
                       epilog="example:\n  kg stats -g output --top 5",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--top", type=int, default=10, help="how many central things per class (default: 10)")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("export", help="write a built graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD (sorted)",
                       epilog=EPILOG_EXPORT, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--format", choices=["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf"], default=None,
                   help="ttl|nt|nq|trig|jsonld: RDF (default nq); graphml|gexf: the network projection")
    p.add_argument("-o", "--out", default=None, help="output file, written atomically (default: standard output)")
    p.add_argument("--graph-per-report", metavar="DIR", default=None,
                   help="write one sorted .nq file per named graph (each report, the shared graph) into DIR")
    p.add_argument("--with-ontology", action="store_true",
                   help="add ontology/govkg.ttl (in its own named graph <https://w3id.org/govkg/def>)")

    p = sub.add_parser("push", help="push a built graph to a SPARQL server (SPARQL Update or Graph Store Protocol)",
                       epilog=EPILOG_PUSH, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("endpoint", metavar="ENDPOINT", help="the server's SPARQL query endpoint (counts are checked there)")
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--protocol", choices=["update", "gsp"], default="update",
                   help="update: SPARQL 1.1 Update INSERT DATA (default); gsp: Graph Store Protocol PUT/POST")
    p.add_argument("--update-endpoint", default=None,
                   help="SPARQL Update endpoint, if not ENDPOINT (default: ENDPOINT, or …/update for an ENDPOINT ending in /query)")
    p.add_argument("--store-endpoint", default=None,
                   help="Graph Store endpoint for --protocol gsp (default: guessed: /query → /store, "
                        "/sparql-auth → /sparql-graph-crud-auth)")
    p.add_argument("--user", default=None, help="user name for HTTP authentication")
    p.add_argument("--password", default=None, help="password (default: $KG_PUSH_PASSWORD)")
    p.add_argument("--auth", choices=["basic", "digest"], default="basic", help="HTTP authentication (default: basic)")
    p.add_argument("--batch-size", type=int, default=None,
                   help="triples per request (default: 1000 for update, Virtuoso's limit is ~1500; 10000 for gsp)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for each request (default: 60)")
    p.add_argument("--retries", type=int, default=4,
                   help="retries of a request after a 5xx answer or a connection error, with exponential backoff (default: 4)")
    p.add_argument("--keep-superseded", action="store_true",
                   help="keep server graphs of earlier versions of a pushed report (same file, region and year)")
    p.add_argument("--no-verify", action="store_true", help="skip counting the triples on the server afterwards")
    p.add_argument("--dry-run", action="store_true", help="show what would be pushed; contact no server")
    return parser


def _cmd_build(args) -> int:
    from .errors import InputError
    from .read import UnreadableInputs

    try:
        from .pipeline import BuildConfig, run_build

        if args.jobs < 0:
            raise KgError("--jobs takes a number of processes, 0 for one per core")
        result = run_build(BuildConfig(inputs=list(args.inputs), out_dir=Path(args.out), base=args.base,
                                       html=not args.no_html, jobs=args.jobs, force=args.force,
                                       progress=sys.stderr.isatty()))
    except UnreadableInputs as exc:
        if len(exc.skipped) > 1:  # one line per bad input; main() then prints the summary line
            for item in exc.skipped:
                print(f"kg build: skipped {item.reason}", file=sys.stderr)
        raise
    totals: dict[str, int] = {}
    for report in result.reports:
        for kind, n in report.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    print(f"reports: {len(result.reports)}")
    for report in result.reports:
        print(f"  {report.source}: {report.region or '?'} {report.year or '?'}, "
              f"{report.sentences} sentences, {report.triples} triples")
    print(f"sentences: {sum(r.sentences for r in result.reports)}")
    units = sum(totals.get(k, 0) for k in ("AdministrativeUnit",))
    print(f"administrative units: {units}")
    for kind in ("Program", "Project", "Organization", "Honor", "Indicator"):
        print(f"{kind.lower()}s: {totals.get(kind, 0)}")
    print(f"measurements: {totals.get('Outcome', 0) + totals.get('Target', 0)} "
          f"({totals.get('Outcome', 0)} outcomes, {totals.get('Target', 0)} targets)")
    print(f"triples: {result.quads}")
    if result.reused:
        print(f"unchanged reports reused: {result.reused}" + (" (outputs up to date)" if result.unchanged else ""))
    if result.skipped:
        print(f"skipped inputs: {len(result.skipped)}")
    if result.note:
        print(result.note)
    print(f"seconds: {result.seconds:.2f}")
    for name, path in result.files.items():
        print(f"wrote {name}: {path}")
    if result.skipped:
        # Bad inputs were left out and the rest built: say which, and exit non-zero.
        for item in result.skipped:
            print(f"kg build: skipped {item.reason}", file=sys.stderr)
        total = len(result.reports) + len(result.skipped)
        print(f"kg build: built {len(result.reports)} of {total} inputs; {len(result.skipped)} skipped",
              file=sys.stderr)
        return InputError.exit_code
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isidentifier():
            raise KgError(f"--param takes NAME=VALUE, got '{pair}'")
        params[name] = value
    return params


def _cmd_query(args) -> int:
    from .query import format_rows, library, resolve_query, rows_of, run_query

    if args.list or not args.query:
        for q in library():
            params = f"  params: {', '.join(q.params)}" if q.params else ""
            print(f"{q.name:24} {q.title}{params}")
        return 0
    _name, sparql = resolve_query(args.query)
    results = run_query(Path(args.graph), sparql, _params(args.param))
    names, rows = rows_of(results)
    sys.stdout.write(format_rows(names, rows, args.format))
    return 0


def _cmd_serve(args) -> int:
    import logging
    import signal

    from .serve import ServeConfig, make_server

    if args.timeout <= 0 or args.max_rows < 1 or args.max_body < 1 or args.workers < 1:
        raise KgError("--timeout, --max-rows, --max-body and --workers must be positive")
    token = None
    if args.allow_update != bool(args.token_file):
        raise KgError("--allow-update and --token-file go together (updates need a token)")
    if args.token_file:
        try:
            token = Path(args.token_file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, UnicodeDecodeError, IndexError) as exc:
            raise KgError(f"{args.token_file}: cannot read the update token ({exc.__class__.__name__})") from None
    config = ServeConfig(graph_dir=Path(args.graph), host=args.host, port=args.port, timeout=args.timeout,
                         max_rows=args.max_rows, max_body=args.max_body, workers=args.workers,
                         threads=max(4, 2 * args.workers), in_memory=args.in_memory, update_token=token)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s",
                        stream=sys.stderr)
    server, pool = make_server(config)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{server.effective_port}/"
    mode = "updates allowed with the token" if token else "read-only"
    print(f"serving {args.graph} on {url} (SPARQL endpoint {url}sparql), {mode}; Ctrl-C stops", flush=True)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: warning: listening on {args.host}: anyone who can reach it can query the graph",
              file=sys.stderr)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        pool.close()
    return 0


def _gold_files(names: list[str]) -> list[Path]:
    """The gold files named, a folder standing for the *.gold.json files in it."""
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob("*.gold.json"))
            if not found:
                raise GoldError(f"{path}: no *.gold.json files in this folder")
            files.extend(found)
        else:
            files.append(path)
    return files


def _cmd_eval(args) -> int:
    from .evaluate import evaluate, format_result, load_gold
    from .pipeline import load_dataset

    golds = [load_gold(p) for p in _gold_files(args.gold)]
    graph_dir = Path(args.graph)
    if not (graph_dir / "graph.nq").is_file():
        raise KgError(f"{graph_dir}: no built graph here (run 'kg build -o {graph_dir}' first)")
    result = evaluate(load_dataset(graph_dir), golds)
    sys.stdout.write(format_result(result, explain=args.explain))
    return 0


def _cmd_viz(args) -> int:
    from .views.html import write_view
    from .views.select import ViewOptions, view_of_build

    graph_dir = Path(args.graph)
    options = ViewOptions(around=args.around, depth=args.depth, report=args.report,
                          types=[t for t in args.type.split(",") if t.strip()],
                          fold_measurements=args.fold_measurements, max_nodes=args.max_nodes)
    view = view_of_build(graph_dir, options, query=args.query)
    target = Path(args.out) if args.out else graph_dir / "graph.html"
    subtitle = "; ".join(filter(None, [f"query {args.query}" if args.query else "", options.describe()]))
    write_view(view, target, subtitle=subtitle)
    print(f"wrote {target}: {view.number_of_nodes()} nodes, {view.number_of_edges()} edges")
    return 0


def _cmd_export(args) -> int:
    from .export import export_graph, export_shards

    if args.format in ("graphml", "gexf"):
        export_network = globals().get("_export_network")
        if export_network is None:
            raise KgError(f"--format {args.format} is not available in this version")
        return export_network(args)
    graph_dir = Path(args.graph)
    if args.graph_per_report:
        if args.format not in (None, "nq") or args.out:
            raise KgError("--graph-per-report writes N-Quads files into its DIR: drop --format/-o")
        result = export_shards(graph_dir, Path(args.graph_per_report), with_ontology=args.with_ontology)
        for shard in result.shards:
            print(f"wrote {shard.path}: {shard.quads} quads, graph <{shard.graph}>")
        print(f"graphs: {result.graphs}, quads: {result.quads}")
        return 0
    target = Path(args.out) if args.out and args.out != "-" else sys.stdout.buffer
    result = export_graph(graph_dir, args.format or "nq", target, with_ontology=args.with_ontology)
    if result.target is not None:
        print(f"wrote {result.target}: {result.quads} {'quads' if result.format in ('nq', 'trig', 'jsonld') else 'triples'}"
              f" from {result.graphs} graphs")
    return 0


class _ProgressBar:
    """A one-line progress bar on a terminal's stderr; nothing when stderr is not a terminal."""

    def __init__(self):
        self.active = sys.stderr.isatty()

    def __call__(self, p) -> None:
        if not self.active:
            return
        width = 30
        filled = width * p.triples_done // max(1, p.triples_total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {p.triples_done}/{p.triples_total} triples, "
                         f"graph {p.graph_index}/{p.graphs} batch {p.batch}/{p.batches}\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _cmd_push(args) -> int:
    import os

    from .push import PushConfig, push_build

    config = PushConfig(endpoint=args.endpoint, update_endpoint=args.update_endpoint,
                        store_endpoint=args.store_endpoint, protocol=args.protocol, user=args.user,
                        password=args.password if args.password is not None else os.environ.get("KG_PUSH_PASSWORD"),
                        auth=args.auth, batch_size=args.batch_size, timeout=args.timeout, retries=args.retries,
                        dry_run=args.dry_run, verify=not args.no_verify,
                        drop_superseded=not args.keep_superseded)
    bar = _ProgressBar()
    try:
        result = push_build(Path(args.graph), config, progress=bar)
    finally:
        bar.close()
    if args.dry_run:
        where = config.updates_to if config.protocol == "update" else config.store_endpoint
        print(f"dry run: would push {len(result.plans)} graphs, {result.triples} triples to {where} "
              f"({config.protocol}, batches of {config.batch_size})")
        for plan in result.plans:
            how = "replace (temporary graph, then MOVE)" if plan.report else "merge"
            print(f"  <{plan.graph}>: {plan.triples} triples, {plan.batches} batch{'es' if plan.batches != 1 else ''}, {how}")
        return 0
    rate = result.triples_sent / result.seconds if result.seconds else 0.0
    print(f"pushed {len(result.plans)} graphs, {result.triples_sent} triples in {result.requests} requests, "
          f"{result.seconds:.2f} s ({rate:.0f} triples/s)")
    for graph in result.superseded:
        print(f"dropped superseded <{graph}>")
    for check in result.checks:
        note = f" ({check.note})" if check.note else ""
        print(f"  {'ok' if check.ok else 'MISMATCH'} <{check.graph}>: server {check.remote}, local {check.local}{note}")
    return 0


COMMANDS = {"build": _cmd_build, "query": _cmd_query, "eval": _cmd_eval, "viz": _cmd_viz,
            "export": _cmd_export, "push": _cmd_push}
COMMANDS["serve"] = _cmd_serve


def _cmd_stats(args) -> int:
    from .views.stats import build_stats, format_stats

    sys.stdout.write(format_stats(build_stats(Path(args.graph), top=args.top), args.format))
    return 0


def _export_network(args) -> int:
    """`kg export --format graphml|gexf`: the networkx projection, for Gephi, Cytoscape or yEd."""
    from .views.network import load_projection, write_network_file

    g = load_projection(Path(args.graph))
    to_stdout = not args.out or args.out == "-"
    write_network_file(g, sys.stdout.buffer if to_stdout else Path(args.out), args.format)
    if not to_stdout:
        print(f"wrote {args.out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({args.format})")
    return 0


COMMANDS["stats"] = _cmd_stats


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
