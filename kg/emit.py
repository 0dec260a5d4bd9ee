"""Stage 5: entities -> RDF triples with deterministic IRIs and provenance on every fact."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from .consts import ENTITY_CLASSES, GOV, LEVEL_CLASSES
from .model import Entities

Triple = tuple[URIRef, URIRef, URIRef | Literal]

# Terms looked up once: rdflib's Namespace builds a new URIRef on every attribute access.
G = SimpleNamespace(**{name: GOV[name] for name in (
    "AdministrativeUnit",
    "Honor",
    "Indicator",
    "Organization",
    "Outcome",
    "Report",
    "Section",
    "Sentence",
    "Target",
    "awardedTo",
    "basis",
    "contentHash",
    "direction",
    "divisionCode",
    "end",
    "heading",
    "inReport",
    "inSection",
    "indicator",
    "locatedIn",
    "meeting",
    "mentionedIn",
    "order",
    "part",
    "partOf",
    "qualifier",
    "refArea",
    "refPeriod",
    "region",
    "reviewYear",
    "sourceFile",
    "spanEnd",
    "spanStart",
    "speaker",
    "speakerTitle",
    "start",
    "subSectionOf",
    "surfaceText",
    "text",
    "unit",
    "value",
    "valueKind",
    "year",
)})
TYPE, LABEL, ALT_LABEL, DATE = RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.date


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

    add((r, TYPE, G.Report))
    title = f"{meta.region or ''}{meta.year or ''}{'年' if meta.year else ''}政府工作报告"
    add((r, LABEL, zh(title)))
    add((r, G.sourceFile, Literal(doc.source)))
    add((r, G.contentHash, Literal(digest)))
    if entities.region:
        add((r, G.region, iris.unit(entities.region)))
    if meta.year:
        add((r, G.year, Literal(f"{meta.year:04d}", datatype=XSD.gYear)))
    if meta.review_year:
        add((r, G.reviewYear, Literal(f"{meta.review_year:04d}", datatype=XSD.gYear)))
    if meta.date:
        add((r, DATE, Literal(meta.date, datatype=XSD.date)))
    for prop, value in ((G.speaker, meta.speaker), (G.speakerTitle, meta.speaker_title), (G.meeting, meta.meeting)):
        if value:
            add((r, prop, Literal(value)))

    for section in report.sections:
        s = iris.section(r, section.index)
        add((s, TYPE, G.Section))
        add((s, G.heading, Literal(section.heading)))
        add((s, G.inReport, r))
        add((s, G.order, Literal(section.index)))
        add((s, G.part, Literal(section.part)))
        if section.parent:
            add((s, G.subSectionOf, iris.section(r, section.parent)))

    sentence_iris = []
    for sentence in report.sentences:
        s = iris.sentence(r, sentence.start, sentence.end)
        sentence_iris.append(s)
        add((s, TYPE, G.Sentence))
        add((s, G.text, Literal(sentence.text)))
        add((s, G.start, Literal(sentence.start)))
        add((s, G.end, Literal(sentence.end)))
        add((s, G.inReport, r))
        if sentence.section:
            add((s, G.inSection, iris.section(r, sentence.section)))

    for unit in entities.units.values():
        u = iris.unit(unit.key)
        add((u, TYPE, G.AdministrativeUnit))
        add((u, TYPE, LEVEL_CLASSES[unit.level]))
        add((u, LABEL, zh(unit.label)))
        for alt in sorted(unit.alt_labels):
            add((u, ALT_LABEL, zh(alt)))
        if unit.code:
            add((u, G.divisionCode, Literal(unit.code)))
        if unit.parent:
            add((u, G.partOf, iris.unit(unit.parent)))
        for index in sorted(unit.sentences):
            add((u, G.mentionedIn, sentence_iris[index]))

    for m, area in zip(entities.measurements, entities.measurement_areas, strict=True):
        node = iris.measurement(r, m.start, m.end)
        indicator = iris.named("indicator", m.indicator)
        add((node, TYPE, G.Target if m.is_target else G.Outcome))
        add((node, G.indicator, indicator))
        add((indicator, TYPE, G.Indicator))
        add((indicator, LABEL, zh(m.indicator)))
        add((node, G.value, Literal(format(m.value.normalize(), "f"), datatype=XSD.decimal)))
        add((node, G.unit, Literal(m.unit)))
        add((node, G.surfaceText, Literal(m.surface)))
        add((node, G.valueKind, Literal(m.kind)))
        add((node, G.spanStart, Literal(m.start)))
        add((node, G.spanEnd, Literal(m.end)))
        for prop, value in ((G.qualifier, m.qualifier), (G.direction, m.direction), (G.basis, m.basis)):
            if value:
                add((node, prop, Literal(value)))
        if area:
            add((node, G.refArea, iris.unit(area)))
        if m.period:
            add((node, G.refPeriod, Literal(f"{m.period:04d}", datatype=XSD.gYear)))
        add((node, G.mentionedIn, sentence_iris[m.sentence]))

    for entity, area in zip(entities.entities, entities.entity_units, strict=True):
        node = iris.named(entity.kind, entity.name)
        add((node, TYPE, ENTITY_CLASSES[entity.kind]))
        add((node, LABEL, zh(entity.name)))
        add((node, G.mentionedIn, sentence_iris[entity.sentence]))
        if area and entity.kind in ("project", "organization"):
            add((node, G.locatedIn, iris.unit(area)))

    unit_labels = {label: u.key for u in entities.units.values() for label in (u.label, *u.alt_labels)}
    for honor, recipient in zip(entities.honors, entities.honor_recipients, strict=True):
        node = iris.named("honor", honor.honor)
        add((node, TYPE, G.Honor))
        add((node, LABEL, zh(honor.honor)))
        add((node, G.mentionedIn, sentence_iris[honor.sentence]))
        if recipient:
            kind, key = recipient
            if kind != "unit" and honor.recipient_kind == "unit":
                # a division of the report the resolver did not link by this form (大巴扎街道, 汪清 for 汪清县)
                key = next((unit_labels[k] for k in (key, key + "县", key + "市", key + "区") if k in unit_labels), key)
                kind = "unit" if key in entities.units else kind
            if kind != "unit" and honor.recipient_kind == "unit":
                found = _recipient_division(key, entities.region)
                if found:  # 凤庆 (凤庆县), 西江镇: a division the report names only here
                    key, kind = found[0], "unit"
                    u = iris.unit(key)
                    add((u, TYPE, G.AdministrativeUnit))
                    add((u, TYPE, LEVEL_CLASSES[found[2]]))
                    add((u, LABEL, zh(found[1])))
                    if found[1] != recipient[1]:
                        add((u, ALT_LABEL, zh(recipient[1])))
                    if found[3]:
                        add((u, G.divisionCode, Literal(found[3])))
                    add((u, G.mentionedIn, sentence_iris[honor.sentence]))
            if kind == "unit":
                add((node, G.awardedTo, iris.unit(key)))
            elif honor.recipient_kind in ("organization", "program"):
                # gov:awardedTo reaches a unit or an organization (DESIGN.md, shapes.ttl): a work method that
                # won an honor is still a gov:Program of the sentence, but no gov:Organization and no recipient;
                # anything else (a park, a trade, a division the report does not name in full) is left out
                rkind = honor.recipient_kind
                rec = iris.named(rkind, key)
                add((rec, TYPE, ENTITY_CLASSES[rkind]))
                add((rec, LABEL, zh(key)))
                add((rec, G.mentionedIn, sentence_iris[honor.sentence]))
                if rkind == "organization":
                    add((node, G.awardedTo, rec))
    return r, out


RECIPIENT_LEVELS = (("街道", "township"), ("镇", "township"), ("乡", "township"), ("苏木", "township"),
                    ("社区", "village"), ("村", "village"), ("嘎查", "village"))


def _recipient_division(surface: str, region: str | None) -> tuple[str, str, str, str | None] | None:
    """(unit key, label, level, code) of an honor's recipient that names a division the resolver did not
    link: a county by its short name (凤庆 -> 凤庆县), or a township or village by its suffix (西江镇)."""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    scope = region if region and region in gaz.by_code else None
    for name in (surface, surface + "县", surface + "市", surface + "区", surface + "旗"):
        division = gaz.resolve_name(name, scope=scope)
        if division is not None and division.level != "national":
            return division.code, division.name, division.level, division.code
    if surface.endswith("自治县") and len(surface) > 4:  # 双江自治县 for 双江拉祜族佤族布朗族傣族自治县
        found = [d for d in gaz.by_code.values() if d.name.startswith(surface[:-3]) and d.name.endswith("自治县")]
        if len(found) == 1:
            return found[0].code, found[0].name, found[0].level, found[0].code
    for suffix, level in RECIPIENT_LEVELS:
        if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
            return f"name:{surface}", surface, level, None
    return None
