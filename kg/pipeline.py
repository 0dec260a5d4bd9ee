"""The one orchestrator: read -> structure -> extract -> resolve -> emit -> store -> views."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

from .consts import DEFAULT_BASE, GOV
from .emit import Triple, emit_report
from .extract import extract_mentions
from .gazetteer import gazetteer
from .model import Document
from .read import SkippedInput, UnreadableInputs, expand_each, read_each
from .resolve import find_region, resolve_entities, scoped_townships
from .store import build_store, write_nquads, write_text_atomic, write_turtle
from .structure import structure_report

SAMPLE_REPORT = "shayibake_2024.txt"


def sample_path() -> Path:
    return Path(str(resources.files("kg.data").joinpath("sample").joinpath(SAMPLE_REPORT)))


@dataclass
class ReportSummary:
    source: str
    iri: str
    region: str | None
    year: int | None
    sentences: int
    triples: int
    counts: Counter


@dataclass
class BuildConfig:
    inputs: list[str] = field(default_factory=list)
    out_dir: Path = Path("output")
    base: str = DEFAULT_BASE
    html: bool = True


@dataclass
class BuildResult:
    out_dir: Path
    reports: list[ReportSummary]
    quads: int
    seconds: float
    files: dict[str, Path]
    skipped: list[SkippedInput] = field(default_factory=list)  # inputs reported and left out

    def dataset(self) -> Dataset:
        """The build as an rdflib Dataset (one named graph per report, default graph = union)."""
        return load_dataset(self.out_dir)


def process_document(document: Document, base: str) -> tuple[URIRef, list[Triple], ReportSummary]:
    """Run one report through every stage up to RDF: a pure function of the document."""
    gaz = gazetteer()
    report = structure_report(document)
    region = find_region(report, gaz)
    surface_townships, official_townships = scoped_townships(region, gaz)
    mentions = extract_mentions(report, gaz, surface_townships)
    entities = resolve_entities(report, mentions, gaz, region, official_townships)
    iri, triples = emit_report(entities, base)
    counts: Counter = Counter()
    for s, p, o in set(triples):
        if p == RDF.type and str(o).startswith(str(GOV)):
            counts[str(o)[len(str(GOV)):]] += 1
    summary = ReportSummary(source=document.source, iri=str(iri), region=report.meta.region,
                            year=report.meta.year, sentences=len(report.sentences),
                            triples=len(set(triples)), counts=counts)
    return iri, triples, summary


def nquad_lines(report: URIRef, triples: list[Triple], base: str) -> set[str]:
    """N-Quads of one report: its own facts in its graph, facts about shared things in the shared graph.

    A triple lives in exactly one graph, so the union of all graphs has no duplicates and each report
    graph can be replaced on its own.
    """
    own = str(report)
    report_graph = report.n3()
    shared_graph = f"<{shared_graph_iri(base)}>"
    lines = set()
    for s, p, o in triples:
        graph = report_graph if str(s).startswith(own) or p == GOV.mentionedIn else shared_graph
        lines.add(f"{s.n3()} {p.n3()} {o.n3()} {graph} .")
    return lines


def shared_graph_iri(base: str) -> str:
    return (base if base.endswith(("/", "#")) else base + "/") + "graph/shared"


def build(inputs: list[str] | None = None, out_dir: str | Path = "output", base: str = DEFAULT_BASE,
          html: bool = True) -> BuildResult:
    """Build reports (default: the bundled sample) into `out_dir`: graph.nq, graph.ttl, graph.html, store/."""
    config = BuildConfig(inputs=list(inputs or []), out_dir=Path(out_dir), base=base, html=html)
    return run_build(config)


def run_build(config: BuildConfig) -> BuildResult:
    started = time.perf_counter()
    inputs = config.inputs or [str(sample_path())]
    paths, skipped = expand_each(inputs)
    out_dir = config.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    lines: set[str] = set()
    summaries: list[ReportSummary] = []
    texts_dir = out_dir / "texts"
    for document in read_each(paths):
        if isinstance(document, SkippedInput):
            skipped.append(document)
            continue
        try:
            iri, triples, summary = process_document(document, config.base)
        except Exception as exc:  # one report that breaks a stage must not stop a corpus build
            where = document.path if document.path not in ("", "-") else document.source
            skipped.append(SkippedInput(where, f"{where}: failed while building ({exc.__class__.__name__}: {exc})"))
            continue
        lines.update(nquad_lines(iri, triples, config.base))
        summaries.append(summary)
        # The cleaned text every offset refers to, kept beside the graph.
        write_text_atomic(texts_dir / f"{iri.rsplit('/', 1)[-1]}.txt", document.text)
    if not summaries:
        raise UnreadableInputs(skipped)  # nothing to build: leave any earlier build in out_dir untouched
    ordered = sorted(lines)
    files = {"nquads": out_dir / "graph.nq", "turtle": out_dir / "graph.ttl"}
    write_nquads(files["nquads"], ordered)
    write_turtle(files["turtle"], ordered)
    files["store"] = build_store(out_dir, files["nquads"])
    if config.html:
        from .views.html import write_network

        files["html"] = out_dir / "graph.html"
        write_network(load_dataset(out_dir), files["html"])
    return BuildResult(out_dir=out_dir, reports=summaries, quads=len(ordered),
                       seconds=time.perf_counter() - started, files=files, skipped=skipped)


def load_dataset(out_dir: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(str(Path(out_dir) / "graph.nq"), format="nquads")
    return dataset
