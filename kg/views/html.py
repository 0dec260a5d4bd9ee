"""Write the graph as one self-contained, offline HTML network (pyvis, vis-network inlined)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from pyvis.network import Network
from rdflib import Graph

from ..store import write_text_atomic
from .network import to_networkx

STYLE = {
    "AdministrativeUnit": ("#1f77b4", "dot"), "Program": ("#2ca02c", "diamond"),
    "Project": ("#ff7f0e", "square"), "Organization": ("#9467bd", "triangle"),
    "Honor": ("#d62728", "star"), "Indicator": ("#8c564b", "ellipse"),
    "Outcome": ("#7f7f7f", "dot"), "Target": ("#e377c2", "dot"),
}
FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
# pyvis links Bootstrap from a CDN even in in_line mode; the page needs none of it.
CDN_TAGS = re.compile(r"<link[^>]*cdn\.jsdelivr\.net[^>]*/>|<script[^>]*cdn\.jsdelivr\.net[^>]*>\s*</script>", re.S)


def _title(data: dict) -> str:
    """The hover text; every string from a report is escaped."""
    parts = [f"<b>{html.escape(data['kind'])}</b>: {html.escape(data['label'])}"]
    if data.get("value"):
        parts.append(f"value: {html.escape(data['value'])} {html.escape(data['unit'])}")
    for mention in data["mentions"][:3]:
        text = html.escape(mention["text"])
        needle = html.escape(data["label"])
        if needle and needle in text:
            text = text.replace(needle, f"<mark>{needle}</mark>", 1)
        parts.append(f"<i>{html.escape(mention['report'])} · {html.escape(mention['section'])}</i><br>{text}")
    if len(data["mentions"]) > 3:
        parts.append(f"… {len(data['mentions']) - 3} more mentions")
    return "<br>".join(parts)


def render_network(graph: Graph, heading: str = "govkg") -> str:
    g = to_networkx(graph)
    net = Network(height="860px", width="100%", directed=True, cdn_resources="in_line", heading="")
    degree = dict(g.degree())
    for node, data in sorted(g.nodes(data=True)):
        color, shape = STYLE[data["kind"]]
        size = 8 + min(30, 2 * degree.get(node, 0) + len(data["mentions"]))
        net.nodes.append({"id": node, "label": data["label"], "title": _title(data),
                          "color": color, "shape": shape, "size": size,
                          "font": {"face": FONT}})
        net.node_ids.append(node)
        net.node_map[node] = net.nodes[-1]
    for u, v, key in sorted(g.edges(keys=True)):
        net.edges.append({"from": u, "to": v, "label": key, "title": key, "arrows": "to",
                          "font": {"size": 9, "face": FONT}})
    net.set_options('{"physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},'
                    ' "interaction": {"hover": true, "navigationButtons": false}}')
    page = net.generate_html()
    page = CDN_TAGS.sub("", page)
    legend = "".join(
        f'<span style="margin-right:14px"><span style="color:{color}">●</span> {kind}</span>'
        for kind, (color, _shape) in STYLE.items()
    )
    header = (f'<div style="font-family:{html.escape(FONT)};padding:6px 10px">'
              f"<b>{html.escape(heading)}</b> — {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
              f'<div style="font-size:13px">{legend}</div></div>')
    return page.replace("<body>", "<body>\n" + header, 1)


def write_network(graph: Graph, target: Path, heading: str = "govkg") -> Path:
    write_text_atomic(target, render_network(graph, heading))
    return target
