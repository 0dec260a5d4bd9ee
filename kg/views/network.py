"""Project the RDF graph onto a networkx graph: the shared model of the HTML view, statistics and export.

Nodes are the named things and measurements (keyed by IRI); edges are their relations. Reports,
sections and sentences become graph-level tables that node mentions point into, so a node knows
every sentence it was found in, where in the sentence, and in which report and section.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from ..consts import GOV
from ..errors import StoreError
from ..store import atomic_path

UNIT = "AdministrativeUnit"
MEASUREMENTS = ("Outcome", "Target")
NODE_CLASSES = {
    str(GOV.NationalUnit): UNIT, str(GOV.ProvinceLevelUnit): UNIT, str(GOV.PrefectureLevelUnit): UNIT,
    str(GOV.CountyLevelUnit): UNIT, str(GOV.TownshipLevelUnit): UNIT, str(GOV.VillageLevelUnit): UNIT,
    str(GOV.AdministrativeUnit): UNIT, str(GOV.Program): "Program", str(GOV.Project): "Project",
    str(GOV.Organization): "Organization", str(GOV.Honor): "Honor", str(GOV.Indicator): "Indicator",
    str(GOV.Outcome): "Outcome", str(GOV.Target): "Target", str(GOV.NamedThing): "Other", str(GOV.Place): "Other",
}
EDGE_PROPERTIES = {
    str(GOV.partOf): "partOf", str(GOV.locatedIn): "locatedIn", str(GOV.awardedTo): "awardedTo",
    str(GOV.indicator): "indicator", str(GOV.refArea): "refArea",
}
# Measurement properties copied onto the node, by attribute name.
MEASUREMENT_FIELDS = {
    str(GOV.value): "value", str(GOV.unit): "unit", str(GOV.surfaceText): "surface",
    str(GOV.valueKind): "valueKind", str(GOV.refPeriod): "period", str(GOV.qualifier): "qualifier",
    str(GOV.direction): "direction", str(GOV.basis): "basis",
}
TYPE, LABEL, ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
REPORT, SECTION, SENTENCE = str(GOV.Report), str(GOV.Section), str(GOV.Sentence)
EXPORT_FORMATS = ("graphml", "gexf")


def to_networkx(source: Graph | Iterable) -> nx.MultiDiGraph:
    """Project an rdflib graph (or pyoxigraph triples/quads) onto a MultiDiGraph of things and relations."""
    by_predicate: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, p, o in plain_triples(source):
        by_predicate[p].append((s, o))
    first = {p: dict(pairs) for p, pairs in by_predicate.items()}

    def value(name, subject, default=""):
        """The object of gov:name (or rdfs:label) on `subject`."""
        return first.get(LABEL if name == "label" else f"{GOV}{name}", {}).get(subject, default)

    g = nx.MultiDiGraph()
    reports, sections, sentences = {}, {}, {}
    for s, o in by_predicate[TYPE]:
        if o == REPORT:
            reports[s] = {"label": value("label", s) or s.rsplit("/", 1)[-1],
                          "source": value("sourceFile", s), "year": value("year", s)}
        elif o == SECTION:
            sections[s] = {"heading": value("heading", s), "report": value("inReport", s),
                           "parent": value("subSectionOf", s) or None,
                           "order": int(value("order", s, "0") or 0)}
        elif o == SENTENCE:
            sentences[s] = {"text": value("text", s), "start": int(value("start", s, "0") or 0),
                            "report": value("inReport", s), "section": value("inSection", s) or None}
        kind = NODE_CLASSES.get(o)
        if kind is None or s.startswith("_:"):
            continue
        if s not in g:
            g.add_node(s, kind=kind, label="", alt=[], mentions=[])
        elif kind != UNIT:
            g.nodes[s]["kind"] = kind
    g.graph.update(reports=reports, sections=sections, sentences=sentences,
                   regions={o for _s, o in by_predicate[f"{GOV}region"]})
    for s, o in by_predicate[LABEL]:
        if s in g:
            g.nodes[s]["label"] = o
    for s, o in by_predicate[ALT]:
        if s in g:
            g.nodes[s]["alt"].append(o)
    for prop, name in MEASUREMENT_FIELDS.items():
        for s, o in by_predicate.get(prop, ()):
            if s in g:
                g.nodes[s][name] = o
    # a multi-year figure has a span instead of one year: shown as its period (2018–2022)
    span_end = dict(by_predicate.get(f"{GOV}periodEnd", ()))
    for s, o in by_predicate.get(f"{GOV}periodStart", ()):
        if s in g and s in span_end:
            g.nodes[s]["period"] = f"{o}–{span_end[s]}"
    span_starts = {s: int(o) for s, o in by_predicate[f"{GOV}spanStart"]}
    span_ends = {s: int(o) for s, o in by_predicate[f"{GOV}spanEnd"]}
    for s, o in sorted(set(by_predicate[f"{GOV}mentionedIn"])):
        if s not in g or o not in sentences:
            continue
        sentence = sentences[o]
        if s in span_starts and s in span_ends:
            a, b = span_starts[s] - sentence["start"], span_ends[s] - sentence["start"]
            found = [(a, b)] if 0 <= a < b <= len(sentence["text"]) else []
        else:
            found = name_spans(sentence["text"], [g.nodes[s]["label"], *g.nodes[s]["alt"]])
        g.nodes[s]["mentions"].append({"sentence": o, "spans": found})
    for iri, data in g.nodes(data=True):
        data["alt"].sort()
        if not data["label"]:
            data["label"] = data.get("surface") or iri.rsplit("/", 1)[-1]
        data["mentions"].sort(key=lambda m: (sentences[m["sentence"]]["report"], sentences[m["sentence"]]["start"]))
    for prop, name in EDGE_PROPERTIES.items():
        for s, o in sorted(set(by_predicate.get(prop, ()))):
            if prop == str(GOV.refArea) and o in g.graph["regions"]:
                continue  # a figure about the reporting unit itself: implied, and it would make a hairball
            if s in g and o in g:
                g.add_edge(s, o, key=name, label=name)
    return g


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping [start, end) spans of any of `names` in `text`, longest names first."""
    taken: list[tuple[int, int]] = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if all(end <= a or at >= b for a, b in taken):
                taken.append((at, end))
            at = text.find(name, end)
    return sorted(taken)


def load_projection(out_dir: Path) -> nx.MultiDiGraph:
    """The projection of a build folder, parsed from its graph.nq with Oxigraph (20x faster than rdflib)."""
    nquads = Path(out_dir) / "graph.nq"
    if not nquads.is_file():
        raise StoreError(f"{out_dir}: no built graph here (run 'kg build -o {out_dir}' first)")
    try:
        return to_networkx(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"{nquads}: cannot read the graph: {exc}") from None


def mention_reports(g: nx.MultiDiGraph, node: str) -> set[str]:
    """IRIs of the reports whose sentences mention `node`."""
    sentences = g.graph["sentences"]
    return {sentences[m["sentence"]]["report"] for m in g.nodes[node]["mentions"]}


def flat_network(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, as GraphML and GEXF need: sentences become counts and names."""
    reports = g.graph["reports"]
    flat = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        attrs = {"label": data["label"], "kind": data["kind"], "mentions": len(data["mentions"]),
                 "altLabels": "; ".join(data["alt"]),
                 "reports": "; ".join(sorted(reports.get(r, {}).get("label", r) for r in mention_reports(g, node)))}
        attrs.update({name: data[name] for name in MEASUREMENT_FIELDS.values() if data.get(name)})
        flat.add_node(node, **attrs)
    for u, v, key in g.edges(keys=True):
        flat.add_edge(u, v, key=key, label=key)
    return flat


def write_network_file(g: nx.MultiDiGraph, target, fmt: str) -> None:
    """Write the projection as GraphML or GEXF (for Gephi, Cytoscape, yEd) to a path or a binary stream."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown network format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")
    buffer = io.BytesIO()
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    writer(flat_network(g), buffer, encoding="utf-8")
    if hasattr(target, "write"):
        target.write(buffer.getvalue())
        return
    with atomic_path(Path(target)) as tmp:
        tmp.write_bytes(buffer.getvalue())


def plain_triples(source) -> Iterator[tuple[str, str, str]]:
    """(subject, predicate, object) as strings: IRIs, literal lexical forms, '_:id' for blank nodes.

    `source` is an rdflib graph, pyoxigraph triples or quads, or such string triples already.
    """
    if isinstance(source, Graph):
        for s, p, o in source.triples((None, None, None)):
            yield (s.n3() if s.__class__.__name__ == "BNode" else str(s)), str(p), str(o)
        return
    for item in source:
        if isinstance(item, tuple):
            yield item
        else:
            yield _ox_text(item.subject), item.predicate.value, _ox_text(item.object)


def _ox_text(term) -> str:
    if term.__class__.__name__ == "BlankNode":
        return str(term)
    value = getattr(term, "value", None)
    return value if value is not None else str(term)
