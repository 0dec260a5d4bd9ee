"""The `kg` command line: options -> library calls; errors -> one line on stderr and an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .consts import DEFAULT_BASE, VERSION
from .errors import KgError

EPILOG_BUILD = """examples:
  kg build                               build the bundled sample report into output/
  kg build reports/ -o out               every report under reports/
  kg build a.txt b.txt --base https://example.org/id/"""
EPILOG_QUERY = """examples:
  kg query --list
  kg query outcomes_by_indicator --param unit=沙依巴克区
  kg query my.rq --format csv
  kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'"""
EPILOG_EVAL = """example:
  kg eval ../shared/gold/*.gold.json -g output --explain"""


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
    p.add_argument("--quiet", action="store_true", help="no access log on stderr")

    p = sub.add_parser("eval", help="score a built graph against gold files",
                       epilog=EPILOG_EVAL, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold files (*.gold.json)")
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("--explain", action="store_true", help="list misses and inventions")

    p = sub.add_parser("viz", help="write the HTML network of a built graph",
                       epilog="example:\n  kg viz -g output -o output/graph.html",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-g", "--graph", default="output", help="the build folder (default: output)")
    p.add_argument("-o", "--out", default=None, help="HTML file (default: GRAPH/graph.html)")
    return parser


def _cmd_build(args) -> int:
    from .errors import InputError
    from .pipeline import build
    from .read import UnreadableInputs

    try:
        result = build(args.inputs, args.out, base=args.base, html=not args.no_html)
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
    if result.skipped:
        print(f"skipped inputs: {len(result.skipped)}")
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
    config = ServeConfig(graph_dir=Path(args.graph), host=args.host, port=args.port, timeout=args.timeout,
                         max_rows=args.max_rows, max_body=args.max_body, workers=args.workers,
                         threads=max(4, 2 * args.workers))
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s",
                        stream=sys.stderr)
    server, pool = make_server(config)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{server.effective_port}/"
    print(f"serving {args.graph} on {url} (SPARQL endpoint {url}sparql), read-only; Ctrl-C stops", flush=True)
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


def _cmd_eval(args) -> int:
    from .evaluate import evaluate, format_result, load_gold
    from .pipeline import load_dataset

    golds = [load_gold(Path(p)) for p in args.gold]
    graph_dir = Path(args.graph)
    if not (graph_dir / "graph.nq").is_file():
        raise KgError(f"{graph_dir}: no built graph here (run 'kg build -o {graph_dir}' first)")
    result = evaluate(load_dataset(graph_dir), golds)
    sys.stdout.write(format_result(result, explain=args.explain))
    return 0


def _cmd_viz(args) -> int:
    from .pipeline import load_dataset
    from .views.html import write_network

    graph_dir = Path(args.graph)
    if not (graph_dir / "graph.nq").is_file():
        raise KgError(f"{graph_dir}: no built graph here (run 'kg build -o {graph_dir}' first)")
    target = Path(args.out) if args.out else graph_dir / "graph.html"
    write_network(load_dataset(graph_dir), target)
    print(f"wrote {target}")
    return 0


COMMANDS = {"build": _cmd_build, "query": _cmd_query, "eval": _cmd_eval, "viz": _cmd_viz}
COMMANDS["serve"] = _cmd_serve


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
