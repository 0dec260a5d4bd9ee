"""The one orchestrator: read -> structure -> extract -> resolve -> emit -> store -> views."""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Dataset, URIRef

from .consts import DEFAULT_BASE
from .emit import GOV_PREFIX, TYPE, G, Triple, emit_report, to_rdflib
from .errors import InputError, KgError
from .extract import extract_mentions
from .extract.about import measurement_subjects
from .gazetteer import gazetteer
from .model import Document
from .read import STDIN, SkippedInput, UnreadableInputs, expand_each, read_input
from .resolve import find_region, resolve_entities, scoped_townships
from .shards import SHARD_DIR, Manifest, ShardRecord, input_key, merge_sorted, write_shard
from .store import (
    STORE_DIR,
    build_lock,
    build_store,
    remove_stale_temporaries,
    write_text_atomic,
    write_turtle,
)
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
    jobs: int = 1  # worker processes; 0 = one per core
    force: bool = False  # rebuild reports whose input and extractor are unchanged
    progress: bool = False  # a progress bar on stderr (the command line turns it on for terminals)


@dataclass
class BuildResult:
    out_dir: Path
    reports: list[ReportSummary]
    quads: int
    seconds: float
    files: dict[str, Path]
    skipped: list[SkippedInput] = field(default_factory=list)  # inputs reported and left out
    reused: int = 0  # reports whose shard was reused (input and extractor unchanged)
    unchanged: bool = False  # nothing changed since the last build: outputs kept as they were
    note: str | None = None

    def dataset(self) -> Dataset:
        """The build as an rdflib Dataset (one named graph per report, default graph = union)."""
        return load_dataset(self.out_dir)


def extract_document(document: Document, base: str) -> tuple[str, list[Triple], ReportSummary]:
    """Run one report through every stage up to RDF: a pure function of the document.

    Returns the report IRI (without brackets), its triples as N-Triples terms (kg.emit) and its summary.
    The cyclic garbage collector is paused meanwhile: extraction makes hundreds of thousands of short-lived
    tuples and matches and no reference cycles worth collecting, and its collections (the oldest generation
    holds the dictionaries and lexicons) cost about 3% of a worker's CPU. Reference counting still frees
    everything; the collector's state is restored when the report is done.

    What a report leaves alive (new entries of the rules' caches, the triples) is then frozen (`gc.freeze`):
    the collector would otherwise scan it in its young generations after every report and never find
    garbage there (extraction makes no reference cycles: `gc.collect()` after each of 40 corpus reports
    found none); reference counting still frees it. Those scans were about 2% of a worker's CPU. Not after
    a failed report: its traceback holds frames that may need the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        extracted = _extract_document(document, base)
        gc.freeze()
        return extracted
    finally:
        if enabled:
            gc.enable()


def _extract_document(document: Document, base: str) -> tuple[str, list[Triple], ReportSummary]:
    gaz = gazetteer()
    report = structure_report(document)
    region = find_region(report, gaz)
    surface_townships, official_townships = scoped_townships(region, gaz)
    mentions = extract_mentions(report, gaz, surface_townships)
    entities = resolve_entities(report, mentions, gaz, region, official_townships)
    entities.measurement_subjects = measurement_subjects(document.text, entities.measurements, entities.entities)
    iri, triples = emit_report(entities, base)
    unique = set(triples)
    counts: Counter = Counter(o[len(GOV_PREFIX):-1] for _s, p, o in unique
                              if p == TYPE and o.startswith(GOV_PREFIX))
    summary = ReportSummary(source=document.source, iri=iri[1:-1], region=report.meta.region,
                            year=report.meta.year, sentences=len(report.sentences),
                            triples=len(unique), counts=counts)
    return iri[1:-1], triples, summary


def process_document(document: Document, base: str) -> tuple[URIRef, list[tuple], ReportSummary]:
    """`extract_document` with rdflib terms: for callers of the rdflib API (slower; the build does not use it)."""
    iri, triples, summary = extract_document(document, base)
    return URIRef(iri), [tuple(to_rdflib(t) for t in triple) for triple in triples], summary


def nquad_lines(report: str, triples: list[Triple], base: str) -> set[str]:
    """N-Quads of one report: its own facts in its graph, facts about shared things in the shared graph.

    A triple lives in exactly one graph, so the union of all graphs has no duplicates and each report
    graph can be replaced on its own.
    """
    own = f"<{report}"
    report_graph = f" <{report}> ."
    shared_graph = f" <{shared_graph_iri(base)}> ."
    mentioned_in = G.mentionedIn
    return {f"{s} {p} {o}{report_graph if s.startswith(own) or p == mentioned_in else shared_graph}"
            for s, p, o in triples}


def nquad_shard(report: str, triples: list[Triple], base: str) -> bytes:
    """The shard a build writes for one report: `shard_bytes(nquad_lines(...))`, the same bytes.

    The triples are deduplicated as tuples (their strings' hashes are cached, so that costs little), each
    line is encoded as it is made, and the bytes are sorted (code point order, as shard_bytes): no set of
    long strings to hash and no second pass to encode them (perf: about 40% less CPU for this step).
    Distinct triples give distinct lines: a subject is an IRI and a predicate a constant IRI, neither
    holding a space (N-Quads allows none), so the line's first two spaces split it back into its terms.
    tests/test_nquads_writer.py compares both ways.
    """
    own = f"<{report}"
    report_graph = f" <{report}> ."
    shared_graph = f" <{shared_graph_iri(base)}> ."
    mentioned_in = G.mentionedIn
    data = [f"{s} {p} {o}{report_graph if s.startswith(own) or p == mentioned_in else shared_graph}".encode()
            for s, p, o in dict.fromkeys(triples)]
    data.sort()
    data.append(b"")
    return b"\n".join(data) if len(data) > 1 else b""


def shared_graph_iri(base: str) -> str:
    return (base if base.endswith(("/", "#")) else base + "/") + "graph/shared"


def build(inputs: list[str] | None = None, out_dir: str | Path = "output", base: str = DEFAULT_BASE,
          html: bool = True, jobs: int = 1, force: bool = False) -> BuildResult:
    """Build reports (default: the bundled sample) into `out_dir`: graph.nq, graph.ttl, graph.html, store/."""
    config = BuildConfig(inputs=list(inputs or []), out_dir=Path(out_dir), base=base, html=html,
                         jobs=jobs, force=force)
    return run_build(config)


def build_one(path: str, base: str, out_dir: str, key: str) -> ShardRecord | SkippedInput:
    """Read, extract and write the shard of one report (runs in a worker process)."""
    try:
        document = read_input(path if path == STDIN else Path(path))
    except InputError as exc:
        return SkippedInput(str(path), str(exc))
    return shard_document(document, base, Path(out_dir), key)


def shard_document(document: Document, base: str, out_dir: Path, key: str) -> ShardRecord | SkippedInput:
    try:
        iri, triples, summary = extract_document(document, base)
    except Exception as exc:  # one report that breaks a stage must not stop a corpus build
        where = document.path if document.path not in ("", "-") else document.source
        return SkippedInput(where, f"{where}: failed while building ({exc.__class__.__name__}: {exc})")
    name = iri.rsplit("/", 1)[-1]
    write_shard(out_dir, f"{name}.nq", nquad_shard(iri, triples, base))
    # The cleaned text every offset refers to, kept beside the graph.
    write_text_atomic(out_dir / "texts" / f"{name}.txt", document.text)
    record = asdict(summary)
    record["counts"] = dict(summary.counts)
    return ShardRecord(key=key, path=document.path or document.source, shard=f"{name}.nq", summary=record)


def check_base(base: str) -> str:
    """The base IRI of instances, refused (one clear line) unless it is an absolute http(s) IRI."""
    import re

    if not re.fullmatch(r"https?://[^\x00-\x20<>\"{}|^`\\\x7f-\x9f]+", base):
        raise KgError(f"--base {base!r} is not an http(s) IRI without spaces, quotes, <>, {{}}, |, ^, ` or \\")
    return base


def run_build(config: BuildConfig) -> BuildResult:
    check_base(config.base)
    with build_lock(config.out_dir):
        remove_stale_temporaries(config.out_dir)  # what a killed build left behind
        return _run_build(config)


def _run_build(config: BuildConfig) -> BuildResult:
    started = time.perf_counter()
    inputs = config.inputs or [str(sample_path())]
    paths, skipped = expand_each(inputs)
    out_dir = config.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(out_dir)
    records: list[ShardRecord | None] = []
    todo: list[tuple[int, str, str]] = []  # (position, path, key)
    reused = 0
    for item in paths:
        if item == STDIN:
            try:
                document = read_input(STDIN)
            except InputError as exc:
                skipped.append(SkippedInput(STDIN, str(exc)))
                continue
            key = input_key(document.text.encode("utf-8"), config.base)
            outcome = shard_document(document, config.base, out_dir, key)
            _collect(outcome, records, skipped, manifest)
            continue
        try:
            key = input_key(Path(item).read_bytes(), config.base)
        except OSError as exc:
            skipped.append(SkippedInput(str(item), f"{item}: cannot read: {exc.strerror or exc}"))
            continue
        known = None if config.force else manifest.get(key)
        if known is not None:
            records.append(known)
            reused += 1
        else:
            records.append(None)
            todo.append((len(records) - 1, str(item), key))
    failed: list[tuple[int, SkippedInput]] = []
    for position, outcome in _run_jobs(todo, config):
        if isinstance(outcome, SkippedInput):
            failed.append((position, outcome))
        else:
            manifest.add(outcome)
            records[position] = outcome
    # workers finish in any order: name the bad inputs in the order they were given
    skipped.extend(outcome for _, outcome in sorted(failed, key=lambda pair: pair[0]))
    built = [r for r in records if r is not None]
    if not built:
        raise UnreadableInputs(skipped)  # nothing to build: leave any earlier build in out_dir untouched
    summaries = [ReportSummary(**{**r.summary, "counts": Counter(r.summary["counts"])}) for r in built]
    files = {"nquads": out_dir / "graph.nq", "turtle": out_dir / "graph.ttl", "store": out_dir / STORE_DIR}
    signature = _signature(built, config)
    state_path = out_dir / SHARD_DIR / "build.json"
    previous = json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file() else {}
    unchanged = (not config.force and previous.get("signature") == signature
                 and all(p.exists() for p in files.values()))
    if unchanged:
        quads = previous.get("quads", 0)
    else:
        state_path.unlink(missing_ok=True)  # outputs are being replaced: not a finished build until rewritten
        shard_paths = sorted({out_dir / SHARD_DIR / r.shard for r in built})
        quads = _write_outputs(out_dir, shard_paths, files)
        write_text_atomic(state_path, json.dumps({"signature": signature, "quads": quads}))
    manifest.compact(r.key for r in built)
    html_note = None
    if config.html:
        if quads <= HTML_MAX_QUADS:
            from .views.html import write_network

            files["html"] = out_dir / "graph.html"
            if not (unchanged and files["html"].exists()):
                write_network(out_dir, files["html"])
        else:
            html_note = (f"graph.html skipped: {quads} triples is too many to draw; "
                         f"use 'kg viz' with --around, --type or --report")
    return BuildResult(out_dir=out_dir, reports=summaries, quads=quads,
                       seconds=time.perf_counter() - started, files=files, skipped=skipped,
                       reused=reused,
                       unchanged=unchanged, note=html_note)


HTML_MAX_QUADS = 400_000


def _write_outputs(out_dir: Path, shard_paths: list[Path], files: dict[str, Path]) -> int:
    """graph.nq (merged shards), graph.ttl and the store; returns the number of quads.

    Oxigraph loads the store from the shards in a thread (it releases the GIL) while this thread
    merges graph.nq and writes the Turtle: on two cores the two halves overlap.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        loading = pool.submit(build_store, out_dir, shard_paths)
        try:
            quads = merge_sorted(shard_paths, files["nquads"])
            write_turtle(files["turtle"], files["nquads"])
        finally:
            loading.result()  # re-raises an error of the store load
    return quads


def _collect(outcome, records, skipped, manifest) -> None:
    if isinstance(outcome, SkippedInput):
        skipped.append(outcome)
    else:
        manifest.add(outcome)
        records.append(outcome)


def _signature(built: list[ShardRecord], config: BuildConfig) -> str:
    """What the outputs are made of: each shard with the key it was built under (input bytes, extractor
    version, base), so a shard rebuilt under the same name by another extractor version re-merges them."""
    digest = hashlib.sha256(config.base.encode())
    for shard, key in sorted({(r.shard, r.key) for r in built}):
        digest.update(f"{shard}\0{key}\n".encode())
    return digest.hexdigest()


def _run_jobs(todo: list[tuple[int, str, str]], config: BuildConfig):
    """Build the reports that changed, in worker processes when there are several; yields (position, outcome).

    Workers are forked from this process after it has loaded the dictionaries and lexicons once, so
    that they start warm (spawned workers would each load jieba's dictionary again: about a second each).
    """
    if not todo:
        return
    jobs = max(1, min(config.jobs or os.cpu_count() or 1, len(todo)))
    if jobs == 1:
        progress = _progress(len(todo), config.progress)
        try:
            for position, path, key in todo:
                yield position, build_one(path, config.base, str(config.out_dir), key)
                progress.update(1)
        finally:
            progress.close()
        return
    warm_up()
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        # every worker is forked at the first submit, before the progress bar starts a thread
        futures = {pool.submit(build_one, path, config.base, str(config.out_dir), key): position
                   for position, path, key in todo}
        progress = _progress(len(todo), config.progress)
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
                progress.update(1)
        finally:
            progress.close()


def warm_up() -> None:
    """Load what every report needs (jieba and its dictionaries, the gazetteer, lexicons) into this process."""
    from .read import read_document

    try:
        extract_document(read_document(sample_path()), DEFAULT_BASE)
    except Exception:  # noqa: BLE001 - only a warm-up: the workers load what they need themselves
        pass


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="report", disable=not enabled or total < 2, file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)


def load_dataset(out_dir: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(str(Path(out_dir) / "graph.nq"), format="nquads")
    return dataset
