"""Write the graph as one self-contained, offline HTML network (pyvis, vis-network inlined).

pyvis draws the network; our own viewer (assets/viewer.*) adds the legend, filters, search, the info
panel and neighbour focus. Report strings reach the page only as JSON that the viewer puts into the
DOM with textContent, so a report cannot inject markup or script.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import Graph

from ..store import write_text_atomic
from .network import MEASUREMENTS, load_projection, to_networkx
from .select import HINT, MAX_NODES, fold_measurements


@dataclass(frozen=True)
class Style:
    color: str
    shape: str
    symbol: str
    zh: str


STYLE = {
    "AdministrativeUnit": Style("#1f77b4", "dot", "●", "行政区划"),
    "Program": Style("#2ca02c", "diamond", "◆", "政策举措"),
    "Project": Style("#ff7f0e", "square", "■", "项目"),
    "Organization": Style("#9467bd", "triangle", "▲", "机构"),
    "Honor": Style("#d62728", "star", "★", "荣誉"),
    "Indicator": Style("#8c564b", "hexagon", "⬢", "指标"),
    "Outcome": Style("#7f7f7f", "dot", "•", "完成值"),
    "Target": Style("#e377c2", "triangleDown", "▼", "目标值"),
    "Other": Style("#17becf", "dot", "○", "其他"),
    "Literal": Style("#bcbd22", "box", "▭", "值"),
}
FONT = ("'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
        "'WenQuanYi Micro Hei',sans-serif")
MAX_MENTIONS = 50  # sentences kept per node in the page; the panel says how many more there are
LABEL_CHARS = 18
# pyvis links Bootstrap (and, with menus, tom-select) from CDNs even in in_line mode; the page needs none.
CDN_TAGS = re.compile(r"<link\b[^>]*\bhref=\"https?://[^>]*>|<script\b[^>]*\bsrc=\"https?://[^>]*>\s*</script>", re.S)
EMPTY_HEADINGS = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
# Nothing in the page may load from anywhere: inline script and style only.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
MEASUREMENT_KEYS = ("surface", "valueKind", "period", "qualifier", "direction", "basis")


def _asset(name: str) -> str:
    return resources.files("kg.views").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def page_data(g: nx.MultiDiGraph, title: str, subtitle: str = "") -> dict:
    """What the viewer needs: classes, reports, sections, sentences and nodes, indexed by position."""
    reports_meta, sections_meta, sentences_meta = g.graph["reports"], g.graph["sections"], g.graph["sentences"]
    order = sorted(g.nodes, key=lambda n: (g.nodes[n]["kind"], g.nodes[n]["label"], n))
    used_sentences = sorted({m["sentence"] for n in order for m in g.nodes[n]["mentions"][:MAX_MENTIONS]},
                            key=lambda s: (sentences_meta[s]["report"], sentences_meta[s]["start"]))
    all_sentences = {m["sentence"] for n in order for m in g.nodes[n]["mentions"]}
    used_sections = set()
    for s in all_sentences:
        section = sentences_meta[s]["section"]
        while section in sections_meta and section not in used_sections:
            used_sections.add(section)
            section = sections_meta[section]["parent"]
    report_ids = sorted({sentences_meta[s]["report"] for s in all_sentences} | set(reports_meta),
                        key=lambda r: (reports_meta.get(r, {}).get("label", r), r))
    report_index = {r: i for i, r in enumerate(report_ids)}
    section_ids = sorted(used_sections, key=lambda s: (report_index.get(sections_meta[s]["report"], 0),
                                                       sections_meta[s]["order"], s))
    section_index = {s: i for i, s in enumerate(section_ids)}
    sentence_index = {s: i for i, s in enumerate(used_sentences)}

    def ancestors(section):
        found = []
        while section in section_index:
            found.append(section_index[section])
            section = sections_meta[section]["parent"]
        return found

    nodes = []
    for node in order:
        data = g.nodes[node]
        mentions = data["mentions"]
        entry = {"iri": node, "k": data["kind"], "l": data["label"], "alt": data["alt"],
                 "m": [[sentence_index[m["sentence"]], m["spans"]] for m in mentions[:MAX_MENTIONS]],
                 "nm": len(mentions),
                 "r": sorted({report_index[sentences_meta[m["sentence"]]["report"]] for m in mentions}),
                 "s": sorted({i for m in mentions for i in ancestors(sentences_meta[m["sentence"]]["section"])})}
        if data.get("value"):
            entry.update(v=data["value"], u=data.get("unit", ""))
            entry.update({k: data[k] for k in MEASUREMENT_KEYS if data.get(k)})
        if data.get("measurements"):
            entry["ms"] = sorted(({"k": row["kind"], "v": row.get("value", ""), "u": row.get("unit", ""),
                                   "surface": row.get("surface", ""), "period": row.get("period", "")}
                                  for row in data["measurements"]),
                                 key=lambda r: (r["period"], r["k"], r["surface"]))
        nodes.append(entry)
    position = {n: i for i, n in enumerate(order)}
    # Things found in no sentence (indicators, parent units) take the reports and sections of their neighbours.
    found_in = [(entry["r"], entry["s"]) for entry in nodes]
    for node in order:
        entry = nodes[position[node]]
        if not entry["nm"]:
            near = [found_in[position[o]] for o in nx.all_neighbors(g, node)]
            entry["r"] = sorted({r for reports, _sections in near for r in reports})
            entry["s"] = sorted({s for _reports, sections in near for s in sections})
    counts = {kind: 0 for kind in STYLE}
    for entry in nodes:
        counts[entry["k"]] = counts.get(entry["k"], 0) + 1
    return {
        "title": title, "subtitle": subtitle, "edgeCount": g.number_of_edges(),
        "classes": [{"name": k, "color": s.color, "symbol": s.symbol, "zh": s.zh, "count": counts.get(k, 0)}
                    for k, s in STYLE.items()],
        "reports": [{"label": reports_meta.get(r, {}).get("label", r), "source": reports_meta.get(r, {}).get("source", "")}
                    for r in report_ids],
        "sections": [{"h": sections_meta[s]["heading"], "r": report_index.get(sections_meta[s]["report"], 0),
                      "p": section_index.get(sections_meta[s]["parent"], -1), "d": len(ancestors(s)) - 1}
                     for s in section_ids],
        "sentences": [[sentences_meta[s]["text"], report_index[sentences_meta[s]["report"]],
                       section_index.get(sentences_meta[s]["section"], -1)] for s in used_sentences],
        "nodes": nodes,
        "order": order,
    }


def _vis_label(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def render_projection(g: nx.MultiDiGraph, title: str = "govkg", subtitle: str = "") -> str:
    """The HTML page of a projection (or a view of one)."""
    data = page_data(g, title, subtitle)
    order = data.pop("order")
    position = {n: i for i, n in enumerate(order)}
    degree = dict(g.degree())
    net = Network(height="600px", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Filling the lists directly: pyvis add_node/add_edge are quadratic.
    for i, (node, entry) in enumerate(zip(order, data["nodes"], strict=True)):
        style = STYLE.get(entry["k"], STYLE["Other"])
        weight = degree.get(node, 0) + entry["nm"] + len(entry.get("ms", ()))
        small = entry["k"] in MEASUREMENTS
        net.nodes.append({"id": i, "label": _vis_label(entry["l"]), "color": style.color, "shape": style.shape,
                          "size": round(min(55, (6 if small else 10) + 5 * math.log2(1 + weight)), 1)})
        net.node_ids.append(i)
        net.node_map[i] = net.nodes[-1]
    for u, v, key in sorted(g.edges(keys=True), key=lambda e: (position[e[0]], position[e[1]], e[2])):
        net.edges.append({"from": position[u], "to": position[v], "label": key})
    many = len(order) > 800
    net.options = {
        "nodes": {"font": {"face": FONT, "size": 14, "color": "#222", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"color": "#b0b0b0", "highlight": "#555"},
                  "font": {"face": FONT, "size": 10, "color": "#777", "strokeWidth": 2, "align": "middle"},
                  "smooth": False},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80, "avoidOverlap": 0.2,
                                         "centralGravity": 0.01},
                    "stabilization": {"enabled": True, "iterations": 150 if many else 400, "updateInterval": 25}},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": many, "navigationButtons": False},
    }
    page = net.generate_html()
    page = CDN_TAGS.sub("", page)
    page = EMPTY_HEADINGS.sub("", page)
    head = (f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f"<title>{html.escape(title)}{' — ' + html.escape(subtitle) if subtitle else ''}</title>\n"
            f"<style>{_asset('viewer.css')}</style>\n")
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + head, 1)
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="zh">', 1)
    page = page.replace("<body>", "<body>\n" + _asset("viewer.html"), 1)
    tail = (f'<script type="application/json" id="govkg-data">{script_json(data)}</script>\n'
            f"<script>{_asset('viewer.js')}</script>\n</body>")
    head_part, _sep, rest = page.rpartition("</body>")
    return head_part + tail + rest


def render_network(graph: Graph, heading: str | None = None) -> str:
    """The HTML page of a whole graph (rdflib); see write_network for graphs too big to draw."""
    g = to_networkx(graph)
    return render_projection(g, heading or default_title(g))


def too_big_page(g: nx.MultiDiGraph, folded: int, title: str, where: Path) -> str:
    """A page that explains why the network is not drawn and how to draw a part of it."""
    regions = sorted({g.nodes[r]["label"] for r in g.graph["regions"] if r in g}) or ["沙依巴克区"]
    example = f"kg viz -g {where} --around {regions[0]} --depth 2 -o {where / 'around.html'}"
    message = (f"{g.number_of_nodes():,} nodes ({folded:,} with measurements folded into their indicators) "
               f"are too many to draw readably (limit {MAX_NODES:,}). Draw a part with kg viz: {HINT}.")
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}"><title>{html.escape(title)}</title>'
            f"<style>{_asset('viewer.css')} body {{ padding: 2em; max-width: 50em; }}</style></head>\n"
            f"<body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
            f"<p>For example:</p><pre>{html.escape(example)}</pre></body></html>\n")


def default_title(g: nx.MultiDiGraph) -> str:
    """The report's label for one report, else 'govkg: N reports'."""
    labels = sorted(meta["label"] for meta in g.graph["reports"].values())
    return labels[0] if len(labels) == 1 else f"govkg: {len(labels)} reports"


def write_network(graph: Graph | Path, target: Path, heading: str | None = None) -> Path:
    """Write the HTML network of a whole graph; a big graph gets its measurements folded or a page saying why not.

    `graph` is an rdflib graph or a build folder; a folder is read with Oxigraph, 20x faster than rdflib.
    """
    g = load_projection(graph) if isinstance(graph, (str, Path)) else to_networkx(graph)
    heading = heading or default_title(g)
    subtitle = ""
    if g.number_of_nodes() > MAX_NODES:
        folded = fold_measurements(g)
        if folded.number_of_nodes() > MAX_NODES:
            write_text_atomic(Path(target), too_big_page(g, folded.number_of_nodes(), heading, Path(target).parent))
            return Path(target)
        g, subtitle = folded, "measurements folded into their indicators"
    write_text_atomic(Path(target), render_projection(g, heading, subtitle))
    return Path(target)


def write_view(g: nx.MultiDiGraph, target: Path, title: str | None = None, subtitle: str = "") -> Path:
    """Write the HTML page of a projection or view (the caller has checked its size)."""
    write_text_atomic(Path(target), render_projection(g, title or default_title(g), subtitle))
    return Path(target)
