"""Export a build in standard RDF formats, streamed from the embedded store in a sorted, diffable order.

Nothing here holds the whole graph in memory: quads come from the store one graph at a time, are
sorted as N-Triples/N-Quads text in bounded runs spilled to temporary files and merged, and the
structured formats (Turtle, TriG, JSON-LD) are written by Oxigraph's streaming serializers from that
sorted stream, so subjects come out in sorted order and two exports of one build are byte-identical.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .consts import GOV, PREFIXES
from .errors import KgError
from .store import NAME_INDEX_GRAPH, atomic_path, open_store

FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "govkg.ttl"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
GOV_REPORT = ox.NamedNode(f"{GOV}Report")
# Lines sorted in memory before a run is spilled to disk: ~100 MB of text at most.
SORT_RUN = 200_000


class ExportError(KgError):
    """A build cannot be exported as asked."""

    exit_code = 2


@dataclass
class Shard:
    graph: str
    path: Path
    quads: int


@dataclass
class ExportResult:
    format: str
    target: Path | None
    quads: int
    graphs: int
    shards: list[Shard]


# ---------------------------------------------------------------------------
# The graphs of a store and their sorted lines (shared with kg.push)


def graph_names(store: ox.Store) -> list[str]:
    """The build's graphs: every named graph but the store's own name index."""
    return sorted(g.value for g in store.named_graphs()
                  if isinstance(g, ox.NamedNode) and g.value != NAME_INDEX_GRAPH)


def is_report_graph(store: ox.Store, graph: str) -> bool:
    """A report graph holds its own gov:Report; every other graph (the shared one) is merged, not replaced."""
    node = ox.NamedNode(graph)
    return next(iter(store.quads_for_pattern(node, RDF_TYPE, GOV_REPORT, node)), None) is not None


def triple_line(quad: ox.Quad) -> str:
    """One N-Triples statement without its final ' .' (also valid inside SPARQL INSERT DATA)."""
    return f"{quad.subject} {quad.predicate} {quad.object}"


def sorted_unique(lines: Iterable[str], run: int = SORT_RUN) -> Iterator[str]:
    """Sort and deduplicate lines with bounded memory: sorted runs spilled to disk, then merged."""
    buffer: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as tmp, ExitStack() as stack:
        runs: list[Path] = []
        for line in lines:
            buffer.append(line)
            if len(buffer) >= run:
                runs.append(_spill(Path(tmp) / f"{len(runs)}.txt", buffer))
                buffer = []
        if runs:
            if buffer:
                runs.append(_spill(Path(tmp) / f"{len(runs)}.txt", buffer))
            buffer = []
            readers = [(line.rstrip("\n") for line in stack.enter_context(path.open(encoding="utf-8")))
                       for path in runs]
            merged: Iterable[str] = heapq.merge(*readers)
        else:
            merged = sorted(buffer)
        previous = None
        for line in merged:
            if line != previous:
                yield line
                previous = line


def _spill(path: Path, lines: list[str]) -> Path:
    lines.sort()
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line)
            fh.write("\n")
    return path


def graph_triples(store: ox.Store, graph: str) -> Iterator[str]:
    """The triples of one named graph as sorted N-Triples statements (without ' .')."""
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    return sorted_unique(triple_line(q) for q in quads)


def count_triples(store: ox.Store, graph: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


# ---------------------------------------------------------------------------
# The ontology, as its own named graph (named by its owl:Ontology IRI)


def ontology_store(path: Path = ONTOLOGY_FILE) -> tuple[str, ox.Store]:
    """The ontology in an in-memory store, in the graph named by its owl:Ontology IRI."""
    if not path.is_file():
        raise ExportError(f"{path}: the ontology file is missing (--with-ontology needs a govkg checkout)")
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    owl_ontology = ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
    iris = sorted(t.subject.value for t in triples
                  if t.predicate == RDF_TYPE and t.object == owl_ontology and isinstance(t.subject, ox.NamedNode))
    graph = iris[0] if iris else str(GOV).rstrip("#/")
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples)
    return graph, store


class _Sources:
    """The build's store plus, optionally, the ontology: (graph IRI, store) pairs in sorted graph order."""

    def __init__(self, out_dir: Path, with_ontology: bool):
        self.store = open_store(out_dir)
        self.graphs = [(g, self.store) for g in graph_names(self.store)]
        self.ontology = None
        if with_ontology:
            self.ontology, store = ontology_store()
            self.graphs = sorted([*self.graphs, (self.ontology, store)], key=lambda pair: pair[0])

    def nquad_lines(self) -> Iterator[str]:
        """Every quad as a sorted N-Quads line, grouped by graph (graphs in sorted order)."""
        for graph, store in self.graphs:
            for line in graph_triples(store, graph):
                yield f"{line} <{graph}> ."


# ---------------------------------------------------------------------------
# Writing


@contextmanager
def _output(target: Path | BinaryIO | None, suffix: str):
    """A binary stream: an atomically replaced file, or the given stream."""
    if isinstance(target, Path):
        with atomic_path(target, suffix=suffix) as tmp, tmp.open("wb") as fh:
            yield fh
    else:
        yield target


def export_graph(out_dir: Path, fmt: str = "nq", target: Path | BinaryIO | None = None,
                 with_ontology: bool = False) -> ExportResult:
    """Write a build (and optionally the ontology) as one file of `fmt`, sorted; stream to `target`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format '{fmt}' (one of: {', '.join(FORMATS)})")
    if target is None:
        raise ExportError("no output given")
    sources = _Sources(Path(out_dir), with_ontology)
    count = 0
    with _output(target, f".{fmt}") as out, tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
        if fmt == "nq":
            # Sorted as whole lines, like the build's graph.nq (which this reproduces byte for byte).
            for line in sorted_unique(sources.nquad_lines()):
                out.write(line.encode("utf-8") + b"\n")
                count += 1
        elif fmt in ("nt", "ttl"):
            # The union: graph names dropped, then sorted again so subjects group together.
            union = sorted_unique(line.rsplit(" ", 2)[0] for line in sources.nquad_lines())
            if fmt == "nt":
                for line in union:
                    out.write(line.encode("utf-8") + b" .\n")
                    count += 1
            else:
                count = _reserialize(union, Path(tmp), ox.RdfFormat.N_TRIPLES, out, FORMATS[fmt])
        else:
            count = _reserialize(sources.nquad_lines(), Path(tmp), ox.RdfFormat.N_QUADS, out, FORMATS[fmt])
        out.flush()
    return ExportResult(format=fmt, target=target if isinstance(target, Path) else None, quads=count,
                        graphs=len(sources.graphs), shards=[])


def _reserialize(lines: Iterable[str], tmp: Path, line_format: ox.RdfFormat, out: BinaryIO,
                 fmt: ox.RdfFormat) -> int:
    """Spool sorted lines to disk, then let Oxigraph's serializer stream them out in that order."""
    spool = tmp / "sorted.txt"
    count = 0
    with spool.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line if line.endswith(" .") else line + " .")
            fh.write("\n")
            count += 1
    parsed = ox.parse(path=str(spool), format=line_format)
    prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt != ox.RdfFormat.JSON_LD else None
    ox.serialize(parsed, out, fmt, prefixes=prefixes)
    return count


def shard_name(graph: str, kind: str, taken: set[str]) -> str:
    """A file name for a graph's shard: report-<hash>.nq, shared.nq, ontology.nq; unique in `taken`."""
    tail = re.sub(r"[^A-Za-z0-9._-]+", "_", graph.rstrip("/#").rsplit("/", 1)[-1]).strip("._") or "graph"
    name = {"report": f"report-{tail}", "ontology": "ontology"}.get(kind, tail)
    if f"{name}.nq" in taken:
        name = f"{name}-{hashlib.sha1(graph.encode()).hexdigest()[:8]}"
    taken.add(f"{name}.nq")
    return f"{name}.nq"


def export_shards(out_dir: Path, shard_dir: Path, with_ontology: bool = False) -> ExportResult:
    """Write one sorted N-Quads file per named graph (each report, the shared graph, the ontology)."""
    sources = _Sources(Path(out_dir), with_ontology)
    shard_dir = Path(shard_dir)
    shard_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    shards = []
    for graph, store in sources.graphs:
        kind = "ontology" if graph == sources.ontology else "report" if is_report_graph(store, graph) else "graph"
        path = shard_dir / shard_name(graph, kind, taken)
        count = 0
        with _output(path, ".nq") as out:
            for line in graph_triples(store, graph):
                out.write(f"{line} <{graph}> .\n".encode())
                count += 1
        shards.append(Shard(graph=graph, path=path, quads=count))
    return ExportResult(format="nq", target=shard_dir, quads=sum(s.quads for s in shards),
                        graphs=len(shards), shards=shards)
