"""Stage 5: entities -> RDF triples with deterministic IRIs and provenance on every fact."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from .consts import ENTITY_CLASSES, GOV, LEVEL_CLASSES
from .model import Entities

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Iris:
    """Deterministic IRIs: units by code, named things by name, report parts by content hash and offset."""

    def __init__(self, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def report(self, digest: str) -> URIRef:
        return URIRef(f"{self.base}report/{digest[:16]}")

    def section(self, report: URIRef, index: int) -> URIRef:
        return URIRef(f"{report}/section/{index}")

    def sentence(self, report: URIRef, start: int, end: int) -> URIRef:
        return URIRef(f"{report}/sentence/{start}-{end}")

    def measurement(self, report: URIRef, start: int, end: int) -> URIRef:
        return URIRef(f"{report}/measurement/{start}-{end}")

    def unit(self, key: str) -> URIRef:
        if key.startswith("name:"):
            return URIRef(f"{self.base}unit/name/{quote(key[5:], safe='')}")
        return URIRef(f"{self.base}unit/{key}")

    def named(self, kind: str, label: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{quote(label, safe='')}")


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def emit_report(entities: Entities, base: str) -> tuple[URIRef, list[Triple]]:
    """All triples of one report; the report IRI names its graph."""
    iris = Iris(base)
    report = entities.report
    doc = report.document
    meta = report.meta
    digest = content_hash(doc.text)
    r = iris.report(digest)
    out: list[Triple] = []
    add = out.append

    add((r, RDF.type, GOV.Report))
    title = f"{meta.region or ''}{meta.year or ''}{'年' if meta.year else ''}政府工作报告"
    add((r, RDFS.label, zh(title)))
    add((r, GOV.sourceFile, Literal(doc.source)))
    add((r, GOV.contentHash, Literal(digest)))
    if entities.region:
        add((r, GOV.region, iris.unit(entities.region)))
    if meta.year:
        add((r, GOV.year, Literal(f"{meta.year:04d}", datatype=XSD.gYear)))
    if meta.review_year:
        add((r, GOV.reviewYear, Literal(f"{meta.review_year:04d}", datatype=XSD.gYear)))
    if meta.date:
        add((r, DCTERMS.date, Literal(meta.date, datatype=XSD.date)))
    for prop, value in ((GOV.speaker, meta.speaker), (GOV.speakerTitle, meta.speaker_title), (GOV.meeting, meta.meeting)):
        if value:
            add((r, prop, Literal(value)))

    for section in report.sections:
        s = iris.section(r, section.index)
        add((s, RDF.type, GOV.Section))
        add((s, GOV.heading, Literal(section.heading)))
        add((s, GOV.inReport, r))
        add((s, GOV.order, Literal(section.index)))
        add((s, GOV.part, Literal(section.part)))
        if section.parent:
            add((s, GOV.subSectionOf, iris.section(r, section.parent)))

    sentence_iris = []
    for sentence in report.sentences:
        s = iris.sentence(r, sentence.start, sentence.end)
        sentence_iris.append(s)
        add((s, RDF.type, GOV.Sentence))
        add((s, GOV.text, Literal(sentence.text)))
        add((s, GOV.start, Literal(sentence.start)))
        add((s, GOV.end, Literal(sentence.end)))
        add((s, GOV.inReport, r))
        if sentence.section:
            add((s, GOV.inSection, iris.section(r, sentence.section)))

    for unit in entities.units.values():
        u = iris.unit(unit.key)
        add((u, RDF.type, GOV.AdministrativeUnit))
        add((u, RDF.type, LEVEL_CLASSES[unit.level]))
        add((u, RDFS.label, zh(unit.label)))
        for alt in sorted(unit.alt_labels):
            add((u, SKOS.altLabel, zh(alt)))
        if unit.code:
            add((u, GOV.divisionCode, Literal(unit.code)))
        if unit.parent:
            add((u, GOV.partOf, iris.unit(unit.parent)))
        for index in sorted(unit.sentences):
            add((u, GOV.mentionedIn, sentence_iris[index]))

    for m, area in zip(entities.measurements, entities.measurement_areas):
        node = iris.measurement(r, m.start, m.end)
        indicator = iris.named("indicator", m.indicator)
        add((node, RDF.type, GOV.Target if m.is_target else GOV.Outcome))
        add((node, GOV.indicator, indicator))
        add((indicator, RDF.type, GOV.Indicator))
        add((indicator, RDFS.label, zh(m.indicator)))
        add((node, GOV.value, Literal(format(m.value.normalize(), "f"), datatype=XSD.decimal)))
        add((node, GOV.unit, Literal(m.unit)))
        add((node, GOV.surfaceText, Literal(m.surface)))
        add((node, GOV.valueKind, Literal(m.kind)))
        add((node, GOV.spanStart, Literal(m.start)))
        add((node, GOV.spanEnd, Literal(m.end)))
        for prop, value in ((GOV.qualifier, m.qualifier), (GOV.direction, m.direction), (GOV.basis, m.basis)):
            if value:
                add((node, prop, Literal(value)))
        if area:
            add((node, GOV.refArea, iris.unit(area)))
        if m.period:
            add((node, GOV.refPeriod, Literal(f"{m.period:04d}", datatype=XSD.gYear)))
        add((node, GOV.mentionedIn, sentence_iris[m.sentence]))

    for entity, area in zip(entities.entities, entities.entity_units):
        node = iris.named(entity.kind, entity.name)
        add((node, RDF.type, ENTITY_CLASSES[entity.kind]))
        add((node, RDFS.label, zh(entity.name)))
        add((node, GOV.mentionedIn, sentence_iris[entity.sentence]))
        if area and entity.kind in ("project", "organization"):
            add((node, GOV.locatedIn, iris.unit(area)))

    for honor, recipient in zip(entities.honors, entities.honor_recipients):
        node = iris.named("honor", honor.honor)
        add((node, RDF.type, GOV.Honor))
        add((node, RDFS.label, zh(honor.honor)))
        add((node, GOV.mentionedIn, sentence_iris[honor.sentence]))
        if recipient:
            kind, key = recipient
            if kind == "unit":
                add((node, GOV.awardedTo, iris.unit(key)))
            else:
                org = iris.named("organization", key)
                add((org, RDF.type, GOV.Organization))
                add((org, RDFS.label, zh(key)))
                add((org, GOV.mentionedIn, sentence_iris[honor.sentence]))
                add((node, GOV.awardedTo, org))
    return r, out
