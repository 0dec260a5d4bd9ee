"""Project the RDF graph onto a networkx graph: the shared model of the HTML view and of analysis."""

from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from ..consts import GOV

NODE_CLASSES = {
    GOV.NationalUnit: "AdministrativeUnit", GOV.ProvinceLevelUnit: "AdministrativeUnit",
    GOV.PrefectureLevelUnit: "AdministrativeUnit", GOV.CountyLevelUnit: "AdministrativeUnit",
    GOV.TownshipLevelUnit: "AdministrativeUnit", GOV.VillageLevelUnit: "AdministrativeUnit",
    GOV.AdministrativeUnit: "AdministrativeUnit", GOV.Program: "Program", GOV.Project: "Project",
    GOV.Organization: "Organization", GOV.Honor: "Honor", GOV.Indicator: "Indicator",
    GOV.Outcome: "Outcome", GOV.Target: "Target",
}
EDGE_PROPERTIES = {
    GOV.partOf: "partOf", GOV.locatedIn: "locatedIn", GOV.awardedTo: "awardedTo",
    GOV.indicator: "indicator", GOV.refArea: "refArea",
}


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Nodes for named things and measurements, edges for their relations; sentences become attributes."""
    g = nx.MultiDiGraph()
    for s, _, o in graph.triples((None, RDF.type, None)):
        kind = NODE_CLASSES.get(o)
        if kind is None or not isinstance(s, URIRef):
            continue
        iri = str(s)
        if iri not in g:
            g.add_node(iri, kind=kind, label=_label(graph, s), mentions=[])
        elif kind != "AdministrativeUnit":
            g.nodes[iri]["kind"] = kind
    for iri, data in g.nodes(data=True):
        node = URIRef(iri)
        if data["kind"] in ("Outcome", "Target"):
            data["value"] = str(graph.value(node, GOV.value) or "")
            data["unit"] = str(graph.value(node, GOV.unit) or "")
            data["label"] = str(graph.value(node, GOV.surfaceText) or data["label"])
        for sentence in graph.objects(node, GOV.mentionedIn):
            text = graph.value(sentence, GOV.text)
            section = graph.value(sentence, GOV.inSection)
            heading = graph.value(section, GOV.heading) if section is not None else None
            report = graph.value(sentence, GOV.inReport)
            data["mentions"].append({
                "text": str(text or ""), "section": str(heading or ""),
                "report": str(graph.value(report, RDFS.label) or report or ""),
            })
        data["mentions"].sort(key=lambda m: (m["report"], m["text"]))
    regions = {str(o) for o in graph.objects(None, GOV.region)}
    for prop, name in EDGE_PROPERTIES.items():
        for s, o in graph.subject_objects(prop):
            if prop == GOV.refArea and str(o) in regions:
                continue  # a figure about the reporting unit itself: implied, and it would make a hairball
            if str(s) in g and str(o) in g:
                g.add_edge(str(s), str(o), key=name, label=name)
    return g


def _label(graph: Graph, node: URIRef) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node).rsplit("/", 1)[-1]
