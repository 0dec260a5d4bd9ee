"""Load test of `kg serve` on loopback: N concurrent clients for S seconds.

Builds the bundled sample (or uses -g DIR), starts `kg serve --port 0` in a subprocess and runs
concurrent clients, each with a keep-alive connection, sending a mix of requests as fast as answers
come: library queries with their example parameters (60%), ad-hoc SELECTs (35%) and malformed
queries (5%, which must be answered 400). The server's memory (resident set of the server and its
query workers) is sampled every 0.25 s. Prints throughput, latency percentiles, statuses and memory.

    .venv/bin/python bench/load.py                    # 50 clients, 30 s, the sample report
    .venv/bin/python bench/load.py --clients 20 --seconds 10 -g output
    make bench

tests/test_load.py runs the same function and asserts: no 5xx, no connection error, every malformed
query answered 400, memory bounded.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ADHOC = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 200",
    "SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class ORDER BY DESC(?n)",
    "SELECT ?label WHERE { ?u a gov:AdministrativeUnit ; rdfs:label ?label } ORDER BY ?label",
    "SELECT ?m ?v ?unit WHERE { ?m gov:value ?v ; gov:unit ?unit } ORDER BY DESC(?v) LIMIT 50",
    "ASK { ?r a gov:Report }",
    'SELECT ?s ?text WHERE { ?s gov:text ?text FILTER(CONTAINS(?text, "增长")) } LIMIT 20',
    "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l } LIMIT 100",
]
BAD = [
    "SELECT ?s WHERE { ?s ?p ",
    "SELEC * WHERE { ?s ?p ?o }",
    'SELECT * WHERE { ?s ?p "unterminated }',
    "SELECT * WHERE { ?s <not an iri> ?o }",
]


@dataclass
class Figures:
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, of every answered request
    statuses: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    bad_statuses: Counter = field(default_factory=Counter)  # statuses of the malformed queries
    errors: Counter = field(default_factory=Counter)  # connection errors, by kind
    rss_samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds since start, bytes)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] if ordered else float("nan")

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def rss_mb(self, part: str = "peak") -> float:
        values = [rss for _t, rss in self.rss_samples]
        if not values:
            return float("nan")
        if part == "start":
            return values[0] / 2**20
        if part == "end":
            return values[-1] / 2**20
        return max(values) / 2**20

    def lines(self) -> list[str]:
        ms = lambda q: f"{self.percentile(q) * 1000:.0f}"  # noqa: E731
        return [
            f"load: {self.clients} clients, {self.seconds:.0f} s on loopback: {self.requests} requests, "
            f"{self.throughput:.0f} requests/s; latency p50 {ms(50)} ms, p90 {ms(90)} ms, p99 {ms(99)} ms, "
            f"max {max(self.latencies, default=0) * 1000:.0f} ms",
            f"load: statuses {dict(sorted(self.statuses.items()))}, malformed queries {dict(self.bad_statuses)}, "
            f"connection errors {sum(self.errors.values())}{' ' + str(dict(self.errors)) if self.errors else ''}",
            f"load: server memory (server + query workers, resident) {self.rss_mb('start'):.0f} MB at start, "
            f"peak {self.rss_mb():.0f} MB, {self.rss_mb('end'):.0f} MB at the end "
            f"({len(self.rss_samples)} samples)",
        ]


def library_requests() -> list[tuple[str, dict[str, str]]]:
    """Each library query with the parameters of its `# example:` line."""
    from kg.query import library

    requests = []
    for query in library():
        params = dict(re.findall(r"--param (\w+)=(\S+)", query.example))
        requests.append((query.path.read_text(encoding="utf-8"), params))
    return requests


def process_tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def run_load(endpoint: str, server_pid: int | None, clients: int = 50, seconds: float = 30.0,
             seed: int = 1) -> Figures:
    """Hammer `endpoint` with `clients` threads for `seconds`; returns the figures."""
    url = urllib.parse.urlsplit(endpoint)
    library = library_requests()
    figures = Figures(clients=clients, seconds=seconds)
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + seconds
    stop = threading.Event()

    def sample_memory():
        while not stop.is_set():
            if server_pid:
                figures.rss_samples.append((time.monotonic() - start, process_tree_rss(server_pid)))
            stop.wait(0.25)

    def client(number: int):
        rng = random.Random(seed * 1000 + number)
        connection = None
        while time.monotonic() < deadline:
            roll = rng.random()
            if roll < 0.60:
                kind = "library"
                text, params = rng.choice(library)
                fields = {"query": text, **{f"param.{k}": v for k, v in params.items()}}
            elif roll < 0.95:
                kind, fields = "adhoc", {"query": rng.choice(ADHOC)}
            else:
                kind, fields = "bad", {"query": rng.choice(BAD)}
            body = urllib.parse.urlencode(fields).encode("utf-8")
            headers = {"Content-Type": "application/x-www-form-urlencoded",
                       "Accept": "application/sparql-results+json, text/turtle;q=0.9"}
            began = time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
                connection.request("POST", url.path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                if (response.getheader("Connection") or "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    figures.errors[type(exc).__name__] += 1
                if connection is not None:
                    connection.close()
                connection = None
                continue
            elapsed = time.perf_counter() - began
            with lock:
                figures.latencies.append(elapsed)
                figures.statuses[status] += 1
                figures.kinds[kind] += 1
                if kind == "bad":
                    figures.bad_statuses[status] += 1
        if connection is not None:
            connection.close()

    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 180)
    stop.set()
    sampler.join(5)
    figures.seconds = time.monotonic() - start
    return figures


class Server:
    """`kg serve --port 0` in a subprocess."""

    def __init__(self, graph_dir: Path, *options: str):
        code = "import sys; from kg.cli import main; sys.exit(main())"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        # stderr goes to a file, not a pipe nobody reads: under load waitress warns about its queue depth,
        # and a full pipe would block the server inside its logging
        self.log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, "serve", "-g", str(graph_dir), "--port", "0", "--quiet", *options],
            stdout=subprocess.PIPE, stderr=self.log, text=True, encoding="utf-8", env=env)
        line = self.process.stdout.readline()
        if not line.startswith("serving "):
            self.process.kill()
            self.process.wait(5)
            self.log.seek(0)
            raise RuntimeError(f"kg serve did not start: {line}{self.log.read()}")
        self.url = line.split(" on ", 1)[1].split(" ", 1)[0]
        self.endpoint = self.url + "sparql"
        self.pid = self.process.pid

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(5)
        finally:
            self.log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-g", "--graph", help="a build folder (default: the sample, built into a temporary folder)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers (default: 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govkg-load-") as tmp:
        graph = Path(args.graph) if args.graph else None
        if graph is None:
            from kg import build

            graph = build(out_dir=Path(tmp) / "build", html=False).out_dir
        server = Server(graph, "--workers", str(args.workers))
        try:
            figures = run_load(server.endpoint, server.pid, args.clients, args.seconds)
        finally:
            server.stop()
    for line in figures.lines():
        print(line)


if __name__ == "__main__":
    main()
