"""Views of a big projection: around a node, of some classes, of one report, measurements folded, query edges."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..errors import KgError
from .network import MEASUREMENTS, NODE_CLASSES, mention_reports

MAX_NODES = 3000
CLASSES = sorted(set(NODE_CLASSES.values()))
CLASS_ALIASES = {"unit": "AdministrativeUnit", "units": "AdministrativeUnit", "measurement": "Measurement",
                 "measurements": "Measurement"}
HINT = ("--around NAME --depth 2, --type Project,Program, --report FILE, --query FILE.rq "
        "or --fold-measurements")


class ViewError(KgError):
    """A view cannot be made: unknown node, class or report, or too many nodes to draw."""

    exit_code = 2


@dataclass
class ViewOptions:
    around: list[str] = field(default_factory=list)
    depth: int = 1
    types: list[str] = field(default_factory=list)
    report: str | None = None
    fold_measurements: bool = False
    max_nodes: int = MAX_NODES

    def describe(self) -> str:
        """A short title for the view, e.g. 'around 沙依巴克区 (depth 2)'."""
        parts = []
        if self.report:
            parts.append(f"report {self.report}")
        if self.around:
            parts.append(f"around {', '.join(self.around)} (depth {self.depth})")
        if self.types:
            parts.append(", ".join(self.types))
        if self.fold_measurements:
            parts.append("measurements folded")
        return "; ".join(parts)


def select_view(g: nx.MultiDiGraph, options: ViewOptions) -> nx.MultiDiGraph:
    """Apply the options in a fixed order: report, fold, around, type; then check the size."""
    view = g
    if options.report:
        view = of_report(view, options.report)
    if options.fold_measurements:
        view = fold_measurements(view)
    if options.around:
        view = around(view, options.around, options.depth)
    if options.types:
        view = of_types(view, options.types)
    check_size(view, options.max_nodes)
    return view


def check_size(g: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> None:
    n = g.number_of_nodes()
    if n > max_nodes:
        raise ViewError(f"{n:,} nodes are too many to draw readably (limit {max_nodes:,}); "
                        f"narrow the view with {HINT}")


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI, label or alternative label is `name`; the label wins over alternative labels."""
    if name in g:
        return [name]
    by_label = [n for n, d in g.nodes(data=True) if d["label"] == name]
    if by_label:
        return sorted(by_label)
    return sorted(n for n, d in g.nodes(data=True) if name in d["alt"])


def around(g: nx.MultiDiGraph, names: list[str], depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within `depth` edges (either direction) of the named nodes."""
    if depth < 0:
        raise ViewError("--depth must be 0 or more")
    starts = []
    for name in names:
        found = find_nodes(g, name)
        if not found:
            similar = sorted({d["label"] for _n, d in g.nodes(data=True) if name in d["label"]})[:5]
            hint = f" (similar: {', '.join(similar)})" if similar else ""
            raise ViewError(f"no node named '{name}' in the graph{hint}")
        starts.extend(found)
    seen = dict.fromkeys(starts, 0)
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        if seen[node] == depth:
            continue
        for other in (*g.successors(node), *g.predecessors(node)):
            if other not in seen:
                seen[other] = seen[node] + 1
                queue.append(other)
    return _subgraph(g, seen)


def of_types(g: nx.MultiDiGraph, types: list[str]) -> nx.MultiDiGraph:
    """The nodes of the given classes (names as in the legend; Measurement = Outcome and Target)."""
    wanted = set()
    known = {c.lower(): c for c in CLASSES} | {"measurement": "Measurement"}
    for name in types:
        cls = known.get(CLASS_ALIASES.get(name.strip().lower(), name.strip()).lower())
        if cls is None:
            raise ViewError(f"unknown class '{name}' (known: {', '.join(CLASSES)}, Measurement)")
        wanted.update(MEASUREMENTS if cls == "Measurement" else (cls,))
    return _subgraph(g, [n for n, d in g.nodes(data=True) if d["kind"] in wanted])


def find_report(g: nx.MultiDiGraph, report: str) -> str:
    """The IRI of a report given by IRI, source file (a path is reduced to its name) or label."""
    reports = g.graph["reports"]
    if report in reports:
        return report
    name = Path(report).name
    for iri, meta in sorted(reports.items()):
        if name in (meta["source"], meta["label"]) or report == meta["label"]:
            return iri
    known = ", ".join(sorted(meta["source"] or meta["label"] for meta in reports.values())) or "none"
    raise ViewError(f"no report '{report}' in the graph (reports: {known})")


def of_report(g: nx.MultiDiGraph, report: str) -> nx.MultiDiGraph:
    """What one report mentions, with the things its measurements and mentions point to (indicators, parents)."""
    iri = find_report(g, report)
    keep = {n for n in g if iri in mention_reports(g, n)}
    keep |= {other for n in keep for other in g.successors(n)}
    view = _subgraph(g, keep)
    view.graph["reports"] = {iri: g.graph["reports"][iri]}
    return view


def fold_measurements(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Replace each measurement by a row on its indicator: its value, sentence and relations move there."""
    folded = nx.MultiDiGraph()
    folded.graph.update(g.graph)
    for node, data in g.nodes(data=True):
        if data["kind"] not in MEASUREMENTS:
            folded.add_node(node, **{**data, "mentions": list(data["mentions"])})
    for node, data in g.nodes(data=True):
        if data["kind"] not in MEASUREMENTS:
            continue
        indicators = [v for _u, v, k in g.out_edges(node, keys=True) if k == "indicator"]
        if not indicators:
            folded.add_node(node, **data)  # nothing to fold into: keep it
            continue
        for indicator in indicators:
            target = folded.nodes[indicator]
            row = {k: v for k, v in data.items() if k not in ("alt",)}
            row["iri"] = node
            target.setdefault("measurements", []).append(row)
            target["mentions"].extend(data["mentions"])
    for u, v, key in g.edges(keys=True):
        if key == "indicator" and g.nodes[u]["kind"] in MEASUREMENTS and v in folded:
            continue
        sources = [u] if u in folded else [v2 for _u, v2, k in g.out_edges(u, keys=True) if k == "indicator"]
        for source in sources:
            if source != v and v in folded and not folded.has_edge(source, v, key):
                folded.add_edge(source, v, key=key, label=key)
    return folded


def from_edges(g: nx.MultiDiGraph, edges: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    """A view of (subject, relation, object) edges, e.g. from a query; unknown ends become plain nodes."""
    view = nx.MultiDiGraph()
    view.graph.update(g.graph)
    for s, rel, o in edges:
        for end in (s, o):
            if end not in view:
                if end in g:
                    view.add_node(end, **g.nodes[end])
                elif end.startswith('"'):
                    view.add_node(end, kind="Literal", label=end[1:-1], alt=[], mentions=[])
                else:
                    view.add_node(end, kind="Other", label=_local_name(end), alt=[], mentions=[])
        if not view.has_edge(s, o, rel):
            view.add_edge(s, o, key=rel, label=rel)
    return view


def _subgraph(g: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    view = g.subgraph(nodes).copy()
    view.graph.update(g.graph)
    return view


def query_edges(results) -> list[tuple[str, str, str]]:
    """Edges from query results: the triples of a CONSTRUCT, or the rows of a two-column SELECT."""
    import pyoxigraph as ox

    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        if len(names) != 2:
            raise ViewError(f"a SELECT for --query needs two columns (from, to), this one has {len(names)}: "
                            f"{', '.join(names)}")
        rows = [(solution[names[0]], solution[names[1]]) for solution in results]
        return [(_end(a), names[1], _end(b)) for a, b in rows if a is not None and b is not None]
    if isinstance(results, ox.QueryBoolean):
        raise ViewError("an ASK query gives no edges: use a CONSTRUCT or a two-column SELECT")
    edges = []
    for triple in results:
        predicate = triple.predicate.value
        edges.append((_end(triple.subject), _local_name(predicate), _end(triple.object)))
    return edges


def _end(term) -> str:
    """A node key: the IRI, '_:id' for a blank node, or the quoted value of a literal."""
    kind = term.__class__.__name__
    if kind == "NamedNode":
        return term.value
    if kind == "Literal":
        return f'"{term.value}"'
    return str(term)


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


def view_of_build(out_dir: Path, options: ViewOptions, query: str | None = None) -> nx.MultiDiGraph:
    """The view of a build folder that `kg viz` draws: the projection, or a query's edges, then the options."""
    from ..query import resolve_query, run_query
    from .network import load_projection

    g = load_projection(out_dir)
    if query:
        _name, sparql = resolve_query(query)
        g = from_edges(g, query_edges(run_query(Path(out_dir), sparql)))
        if not g.number_of_nodes():
            raise ViewError("the query gave no edges")
    return select_view(g, options)
