"""Statistics of a built graph: counts per class and relation, the most central things, communities.

Centrality and communities are computed on an analysis graph: the networkx projection with
measurements folded into their indicators, plus an edge between two things for every sentence that
mentions both (weighted by how many). Programs have no relations in the ontology, so without the
co-mentions they would all score zero.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..errors import StoreError
from .network import plain_triples, to_networkx
from .select import fold_measurements

CENTRAL_CLASSES = ("AdministrativeUnit", "Program", "Project", "Organization", "Indicator")


@dataclass
class Central:
    label: str
    iri: str
    degree: int
    pagerank: float
    mentions: int


@dataclass
class Community:
    size: int
    members: list[str]
    classes: dict[str, int]


@dataclass
class GraphStats:
    triples: int
    nodes: int
    edges: int
    classes: dict[str, int]
    relations: dict[str, int]
    central: dict[str, list[Central]] = field(default_factory=dict)
    communities: list[Community] = field(default_factory=list)
    community_count: int = 0


def analysis_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, weighted: folded relations (weight 1 each) plus co-mentions in a sentence."""
    folded = fold_measurements(g)
    a = nx.Graph()
    a.add_nodes_from(folded.nodes(data=True))
    for u, v in folded.edges():
        if u != v:
            a.add_edge(u, v, weight=a.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    by_sentence: dict[str, set[str]] = {}
    for node, data in folded.nodes(data=True):
        for m in data["mentions"]:
            by_sentence.setdefault(m["sentence"], set()).add(node)
    for members in by_sentence.values():
        for u, v in combinations(sorted(members), 2):
            a.add_edge(u, v, weight=a.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    return a


def pagerank(a: nx.Graph, damping: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which govkg does not install)."""
    nodes = list(a)
    if not nodes:
        return {}
    n = len(nodes)
    strength = {u: sum(d["weight"] for _v, d in a[u].items()) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = damping * sum(rank[u] for u in nodes if not strength[u]) / n
        new = dict.fromkeys(nodes, (1.0 - damping) / n + dangling)
        for u in nodes:
            if strength[u]:
                share = damping * rank[u] / strength[u]
                for v, d in a[u].items():
                    new[v] += share * d["weight"]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


def graph_stats(g: nx.MultiDiGraph, classes: Counter, relations: Counter, triples: int,
                top: int = 10, communities: int = 8) -> GraphStats:
    """Everything `kg stats` prints, from the projection and the RDF counts."""
    stats = GraphStats(triples=triples, nodes=g.number_of_nodes(), edges=g.number_of_edges(),
                       classes=dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
                       relations=dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))))
    a = analysis_graph(g)
    rank = pagerank(a)
    for kind in CENTRAL_CLASSES:
        members = [n for n, d in a.nodes(data=True) if d["kind"] == kind]
        members.sort(key=lambda n: (-rank[n], -a.degree(n), a.nodes[n]["label"], n))
        stats.central[kind] = [Central(label=a.nodes[n]["label"], iri=n, degree=a.degree(n),
                                       pagerank=round(rank[n], 5), mentions=len(a.nodes[n]["mentions"]))
                               for n in members[:top]]
    connected = a.subgraph([n for n in a if a.degree(n)])
    found = nx.community.louvain_communities(connected, weight="weight", seed=7) if connected.number_of_nodes() else []
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    stats.community_count = len(found)
    for community in found[:communities]:
        ordered = sorted(community, key=lambda n: (-rank[n], a.nodes[n]["label"], n))
        stats.communities.append(Community(
            size=len(community), members=[a.nodes[n]["label"] for n in ordered[:8]],
            classes=dict(Counter(a.nodes[n]["kind"] for n in community).most_common())))
    return stats


def rdf_counts(quads) -> tuple[Counter, Counter, int]:
    """Instances per gov: class and triples per predicate (prefixed names), and the triple count."""
    classes: Counter = Counter()
    relations: Counter = Counter()
    total = 0
    for _s, p, o in quads:
        total += 1
        relations[_short(p)] += 1
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            classes[_short(o)] += 1
    return classes, relations, total


def build_stats(out_dir: Path, top: int = 10) -> GraphStats:
    """Statistics of a build folder (reads graph.nq once)."""
    nquads = Path(out_dir) / "graph.nq"
    if not nquads.is_file():
        raise StoreError(f"{out_dir}: no built graph here (run 'kg build -o {out_dir}' first)")
    triples = list(plain_triples(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS)))
    classes, relations, total = rdf_counts(triples)
    return graph_stats(to_networkx(triples), classes, relations, total, top=top)


PREFIXES = {"https://w3id.org/govkg/def#": "gov:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/2004/02/skos/core#": "skos:",
            "http://purl.org/dc/terms/": "dcterms:"}


def _short(iri: str) -> str:
    for namespace, prefix in PREFIXES.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return iri


def format_stats(stats: GraphStats, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(asdict(stats), ensure_ascii=False, indent=2) + "\n"
    out = [f"triples: {stats.triples:,}",
           f"network: {stats.nodes:,} nodes, {stats.edges:,} edges (things and measurements; their relations)",
           "", "instances per class"]
    out += _table([[name, f"{n:,}"] for name, n in stats.classes.items()])
    out += ["", "triples per relation"]
    out += _table([[name, f"{n:,}"] for name, n in stats.relations.items()])
    out += ["", "most central (PageRank on relations and co-mentions in a sentence; measurements folded into indicators)"]
    for kind, rows in stats.central.items():
        if not rows:
            continue
        out += ["", f"  {kind}"]
        out += _table([["label", "pagerank", "degree", "mentions"]]
                      + [[r.label, f"{r.pagerank:.4f}", str(r.degree), str(r.mentions)] for r in rows], indent=4)
    out += ["", f"communities (Louvain on the same graph): {stats.community_count:,}"
                f"{', largest first' if stats.communities else ''}"]
    for i, c in enumerate(stats.communities, 1):
        kinds = ", ".join(f"{k} {n}" for k, n in c.classes.items())
        out.append(f"  {i}. {c.size} nodes ({kinds}): {'、'.join(c.members)}")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]], indent: int = 2) -> list[str]:
    if not rows:
        return []
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (w - _width(c)) + c for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append(" " * indent + "  ".join(cells).rstrip())
    return lines
