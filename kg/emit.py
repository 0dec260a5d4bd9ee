"""Stage 5: entities -> RDF triples with deterministic IRIs and provenance on every fact.

Terms are written straight as N-Triples text (`<iri>`, `"text"@zh`, `"12.5"^^<…#decimal>`): a corpus
has tens of millions of them and building rdflib objects for each cost more than extracting them.
`to_rdflib` turns a triple back into rdflib terms for callers that want the rdflib API; the
serialization equals rdflib's N-Quads serializer (tests/test_nquads_writer.py).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from types import SimpleNamespace
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.namespace import XSD as _XSD

from .consts import ENTITY_CLASSES, GOV, LEVEL_CLASSES, RECIPIENT_CLASSES
from .model import Entities

Term = str  # one N-Triples term: <iri> or a quoted literal
Triple = tuple[Term, Term, Term]

_MUST_ESCAPE = re.compile(r'[\\"\n\r]')
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri(value: str) -> Term:
    return f"<{value}>"


def _quoted(text: str) -> str:
    """A string literal's quoted lexical form, escaped as rdflib's N-Triples/N-Quads serializer does."""
    if _MUST_ESCAPE.search(text):
        text = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{text}"'


class _Remembered:
    """An rdflib namespace whose terms are looked up once (each lookup costs about a microsecond)."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


XSD = _Remembered(_XSD)
_INTEGER = f"^^<{XSD.integer}>"
_GYEAR = f"^^<{XSD.gYear}>"


@lru_cache(maxsize=65536)
def _escaped(label: str) -> str:
    """A label percent-encoded for an IRI path segment; names repeat across sentences and reports."""
    return quote(label, safe="")


def lit(value: str | int) -> Term:
    """A plain literal: a string is xsd:string, an int is xsd:integer (as rdflib's Literal(value))."""
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f'"{value}"{_INTEGER}'
    raise TypeError(f"no literal for {type(value).__name__}")


def typed(lexical: str, datatype: URIRef) -> Term:
    """A literal of `datatype` with a lexical form that is already canonical (a gYear, a date, a decimal)."""
    return f"{_quoted(lexical)}^^<{datatype}>"


def zh(text: str) -> Term:
    return f"{_quoted(text)}@zh"


# Terms looked up once.
G = SimpleNamespace(**{name: iri(GOV[name]) for name in (
    "about",
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
    "measurementCount",
    "sectionCount",
    "sentenceCount",
    "inReport",
    "inSection",
    "indicator",
    "locatedIn",
    "meeting",
    "mentionedIn",
    "order",
    "part",
    "partOf",
    "periodEnd",
    "periodStart",
    "qualifier",
    "refArea",
    "refPeriod",
    "region",
    "reportYear",
    "series",
    "seriesPeriod",
    "reviewYear",
    "sourceFile",
    "sourceReport",
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
TYPE, LABEL, ALT_LABEL, DATE = iri(RDF.type), iri(RDFS.label), iri(SKOS.altLabel), iri(DCTERMS.date)
LEVELS = {level: iri(cls) for level, cls in LEVEL_CLASSES.items()}
KINDS = {kind: iri(cls) for kind, cls in (ENTITY_CLASSES | RECIPIENT_CLASSES).items()}
GOV_PREFIX = f"<{GOV}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Iris:
    """Deterministic IRIs: units by code, named things by name, report parts by content hash and offset."""

    def __init__(self, base: str):
        if _NOT_IN_IRI.search(base):
            raise ValueError(f"{base!r} is not a valid base IRI")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def report(self, digest: str) -> Term:
        return f"<{self.base}report/{digest[:16]}>"

    def section(self, report: Term, index: int) -> Term:
        return f"{report[:-1]}/section/{index}>"

    def sentence(self, report: Term, start: int, end: int) -> Term:
        return f"{report[:-1]}/sentence/{start}-{end}>"

    def measurement(self, report: Term, start: int, end: int) -> Term:
        return f"{report[:-1]}/measurement/{start}-{end}>"

    def series(self, indicator: str, area: str, unit: str, kind: str) -> Term:
        """One IRI per indicator, area, unit and value kind, the same in every report."""
        key = "\x1f".join((indicator, area, unit, kind))
        return f"<{self.base}series/{content_hash(key)[:16]}>"

    def series_period(self, series: Term, period: str) -> Term:
        """The series in one period: `<series/H/2023>`, or `<series/H/until-2025>` for a figure over
        years (gov:periodEnd); a target and the outcomes that answer it share it."""
        return f"{series[:-1]}/{period}>"

    def unit(self, key: str) -> Term:
        if key.startswith("name:"):
            return f"<{self.base}unit/name/{_escaped(key[5:])}>"
        return f"<{self.base}unit/{key}>"

    def named(self, kind: str, label: str) -> Term:
        return f"<{self.base}{kind}/{_escaped(label)}>"


_LITERAL = re.compile(r'"(.*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?', re.DOTALL)
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"\\": "\\", "n": "\n", '"': '"', "r": "\r"}


def to_rdflib(term: Term) -> URIRef | Literal:
    """An N-Triples term of this module as an rdflib term."""
    if term.startswith("<"):
        return URIRef(term[1:-1])
    match = _LITERAL.fullmatch(term)
    if match is None:
        raise ValueError(f"not a term: {term}")
    text = _UNESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], match.group(1))
    return Literal(text, lang=match.group(2), datatype=URIRef(match.group(3)) if match.group(3) else None)


def emit_report(entities: Entities, base: str) -> tuple[Term, list[Triple]]:
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
    add((r, G.sourceFile, lit(doc.source)))
    add((r, G.contentHash, lit(digest)))
    if entities.region:
        add((r, G.region, iris.unit(entities.region)))
    if meta.year:
        add((r, G.year, typed(f"{meta.year:04d}", XSD.gYear)))
    if meta.review_year:
        add((r, G.reviewYear, typed(f"{meta.review_year:04d}", XSD.gYear)))
    if meta.date:
        add((r, DATE, typed(meta.date, XSD.date)))
    for prop, value in ((G.speaker, meta.speaker), (G.speakerTitle, meta.speaker_title), (G.meeting, meta.meeting)):
        if value:
            add((r, prop, lit(value)))
    # counts written once here, so that listing reports needs no count over the whole graph
    add((r, G.sectionCount, lit(len(report.sections))))
    add((r, G.sentenceCount, lit(len(report.sentences))))
    add((r, G.measurementCount, lit(len({(m.start, m.end) for m in entities.measurements}))))

    for section in report.sections:
        s = iris.section(r, section.index)
        add((s, TYPE, G.Section))
        add((s, G.heading, lit(section.heading)))
        add((s, G.inReport, r))
        add((s, G.order, lit(section.index)))
        add((s, G.part, lit(section.part)))
        if section.parent:
            add((s, G.subSectionOf, iris.section(r, section.parent)))

    sentence_iris = []
    for sentence in report.sentences:
        s = iris.sentence(r, sentence.start, sentence.end)
        sentence_iris.append(s)
        add((s, TYPE, G.Sentence))
        # lit() of a str and of ints, written out: six triples for every sentence (perf)
        add((s, G.text, _quoted(sentence.text)))
        add((s, G.start, f'"{sentence.start}"{_INTEGER}'))
        add((s, G.end, f'"{sentence.end}"{_INTEGER}'))
        add((s, G.inReport, r))
        if sentence.section:
            add((s, G.inSection, iris.section(r, sentence.section)))

    for unit in entities.units.values():
        u = iris.unit(unit.key)
        add((u, TYPE, G.AdministrativeUnit))
        add((u, TYPE, LEVELS[unit.level]))
        add((u, LABEL, zh(unit.label)))
        for alt in sorted(unit.alt_labels):
            add((u, ALT_LABEL, zh(alt)))
        if unit.code:
            add((u, G.divisionCode, lit(unit.code)))
        if unit.parent:
            add((u, G.partOf, iris.unit(unit.parent)))
        for index in sorted(unit.sentences):
            add((u, G.mentionedIn, sentence_iris[index]))

    subjects = entities.measurement_subjects or [None] * len(entities.measurements)
    report_year = typed(f"{meta.year:04d}", XSD.gYear) if meta.year else None
    for m, area, subject in zip(entities.measurements, entities.measurement_areas, subjects, strict=True):
        node = iris.measurement(r, m.start, m.end)
        indicator = iris.named("indicator", m.indicator)
        add((node, TYPE, G.Target if m.is_target else G.Outcome))
        add((node, G.indicator, indicator))
        add((indicator, TYPE, G.Indicator))
        add((indicator, LABEL, zh(m.indicator)))
        add((node, G.value, typed(format(m.value.normalize(), "f"), XSD.decimal)))
        add((node, G.unit, lit(m.unit)))
        add((node, G.surfaceText, lit(m.surface)))
        add((node, G.valueKind, lit(m.kind)))
        add((node, G.spanStart, f'"{m.start}"{_INTEGER}'))
        add((node, G.spanEnd, f'"{m.end}"{_INTEGER}'))
        for prop, value in ((G.qualifier, m.qualifier), (G.direction, m.direction), (G.basis, m.basis)):
            if value:
                add((node, prop, lit(value)))
        if area:
            add((node, G.refArea, iris.unit(area)))
            # measurements of one series (targets and outcomes alike) share this IRI across reports,
            # so pairing a target with its outcomes is one lookup instead of a join on four properties
            series = iris.series(m.indicator, area, m.unit, m.kind)
            add((node, G.series, series))
            # ... and, with a period, the series in that period: a target meets the outcomes that answer
            # it (same series, same year, or same last year of a span) in one lookup on this IRI
            if m.period:
                add((node, G.seriesPeriod, iris.series_period(series, f"{m.period:04d}")))
            elif m.period_start and m.period_end:
                add((node, G.seriesPeriod, iris.series_period(series, f"until-{m.period_end:04d}")))
        if m.period:
            add((node, G.refPeriod, f'"{m.period:04d}"{_GYEAR}'))
        elif m.period_start and m.period_end:  # an average or total over several years: no single refPeriod
            add((node, G.periodStart, typed(f"{m.period_start:04d}", XSD.gYear)))
            add((node, G.periodEnd, typed(f"{m.period_end:04d}", XSD.gYear)))
        add((node, G.mentionedIn, sentence_iris[m.sentence]))
        if subject is not None:  # the project or program the figure is about (kg.extract.about)
            about = entities.entities[subject]
            add((node, G.about, iris.named(about.kind, about.name)))
        # the report and its year, also reachable through the sentence: written here so that series,
        # counts and target/outcome pairs read one triple instead of walking sentence -> report -> year
        add((node, G.sourceReport, r))
        if meta.year:
            add((node, G.reportYear, report_year))

    for entity, area in zip(entities.entities, entities.entity_units, strict=True):
        node = iris.named(entity.kind, entity.name)
        add((node, TYPE, KINDS[entity.kind]))
        add((node, LABEL, zh(entity.name)))
        add((node, G.mentionedIn, sentence_iris[entity.sentence]))
        if area and entity.kind in ("project", "organization"):
            add((node, G.locatedIn, iris.unit(area)))

    for honor, recipient in zip(entities.honors, entities.honor_recipients, strict=True):
        node = iris.named("honor", honor.honor)
        add((node, TYPE, G.Honor))
        add((node, LABEL, zh(honor.honor)))
        add((node, G.mentionedIn, sentence_iris[honor.sentence]))
        if recipient is None:
            continue
        kind, key = recipient
        if kind == "unit":
            add((node, G.awardedTo, iris.unit(key)))
        else:
            # a work method or service brand that won an honor is a gov:Program; a park, a scenic area or a
            # zone a gov:Place; a product, a brand or a creative work a gov:NamedThing
            rec = iris.named(kind, key)
            add((rec, TYPE, KINDS[kind]))
            if kind == "place":
                add((rec, TYPE, KINDS["thing"]))
            add((rec, LABEL, zh(key)))
            add((rec, G.mentionedIn, sentence_iris[honor.sentence]))
            add((node, G.awardedTo, rec))
    return r, out
