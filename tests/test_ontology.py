"""The ontology and SHACL shapes: they parse, declare the contract, and validate graphs."""

import re
from pathlib import Path

import owlrl
import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SH, SKOS

ROOT = Path(__file__).parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "govkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
GRAPH_DOC = ROOT / "docs" / "graph.md"

GOV = Namespace("https://w3id.org/govkg/def#")
GOVSH = Namespace("https://w3id.org/govkg/def/shapes#")
ID = Namespace("https://w3id.org/govkg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/govkg/def")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
ORG = Namespace("http://www.w3.org/ns/org#")
# Not rdflib's XSD: pytest collection probes module attributes, and that closed namespace warns.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# The contract of DESIGN.md ("Ontology contract"): these IRIs must never change.
CONTRACT_CLASSES = [
    "Report",
    "Section",
    "Sentence",
    "AdministrativeUnit",
    "NationalUnit",
    "ProvinceLevelUnit",
    "PrefectureLevelUnit",
    "CountyLevelUnit",
    "TownshipLevelUnit",
    "VillageLevelUnit",
    "Program",
    "Project",
    "Organization",
    "Honor",
    "Indicator",
    "Measurement",
    "Outcome",
    "Target",
]
CONTRACT_OBJECT_PROPERTIES = [
    "mentionedIn",
    "inSection",
    "inReport",
    "partOf",
    "indicator",
    "refArea",
    "locatedIn",
    "awardedTo",
    "region",
]
CONTRACT_DATATYPE_PROPERTIES = [
    "text",
    "start",
    "end",
    "heading",
    "divisionCode",
    "value",
    "unit",
    "surfaceText",
    "refPeriod",
    "year",
    "reviewYear",
    "speaker",
    "speakerTitle",
    "meeting",
]
# Used by the builder (docs/graph.md) beyond the contract.
GRAPH_OBJECT_PROPERTIES = ["subSectionOf", "sourceReport", "series", "seriesPeriod", "about"]
GRAPH_DATATYPE_PROPERTIES = [
    "sourceFile",
    "sectionCount",
    "sentenceCount",
    "measurementCount",
    "reportYear",
    "contentHash",
    "order",
    "part",
    "qualifier",
    "valueKind",
    "direction",
    "basis",
    "spanStart",
    "spanEnd",
    "periodStart",
    "periodEnd",
]
ALL_PROPERTIES = (
    CONTRACT_OBJECT_PROPERTIES
    + CONTRACT_DATATYPE_PROPERTIES
    + GRAPH_OBJECT_PROPERTIES
    + GRAPH_DATATYPE_PROPERTIES
)
LEVEL_CLASSES = [GOV[n] for n in CONTRACT_CLASSES[4:10]]

# A small graph in the shape of docs/graph.md: one report, nested sections, three
# sentences, units on five levels, an outcome and a target, and one of each named thing.
SAMPLE_TTL = """
@base <https://w3id.org/govkg/id/> .
@prefix gov: <https://w3id.org/govkg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<report/aefa8124375a9194> a gov:Report ;
    rdfs:label "沙依巴克区2024年政府工作报告"@zh ;
    gov:sourceFile "shayibake_2024.txt" ;
    gov:contentHash "aefa8124375a91940123456789abcdef0123456789abcdef0123456789abcdef" ;
    gov:region <unit/650103> ;
    gov:year "2024"^^xsd:gYear ; gov:reviewYear "2023"^^xsd:gYear ;
    dcterms:date "2024-01-08"^^xsd:date ;
    gov:speaker "海赛尔·沙比提" ; gov:speakerTitle "区长" ;
    gov:meeting "区第十八届人民代表大会第四次会议" .

<report/aefa8124375a9194/section/2> a gov:Section ;
    gov:heading "一、2023年工作回顾" ;
    gov:inReport <report/aefa8124375a9194> ;
    gov:order 2 ;
    gov:part "review" .

<report/aefa8124375a9194/section/3> a gov:Section ;
    gov:heading "（一）聚力抓好稳定工作,社会大局持续和谐" ;
    gov:inReport <report/aefa8124375a9194> ;
    gov:subSectionOf <report/aefa8124375a9194/section/2> ;
    gov:order 3 ;
    gov:part "review" .

<report/aefa8124375a9194/section/9> a gov:Section ;
    gov:heading "二、2024年工作安排" ;
    gov:inReport <report/aefa8124375a9194> ;
    gov:order 9 ;
    gov:part "plan" .

<report/aefa8124375a9194/sentence/1137-1161> a gov:Sentence ;
    gov:text "全年办结群众诉求1.02万件,办结率98.2%。" ;
    gov:start 1137 ; gov:end 1161 ;
    gov:inSection <report/aefa8124375a9194/section/3> ;
    gov:inReport <report/aefa8124375a9194> .

<report/aefa8124375a9194/sentence/1500-1537> a gov:Sentence ;
    gov:text "骑马山街道荣获“全国模范人民调解委员会”称号,九家湾水库除险加固工程完工。" ;
    gov:start 1500 ; gov:end 1537 ;
    gov:inSection <report/aefa8124375a9194/section/3> ;
    gov:inReport <report/aefa8124375a9194> .

<report/aefa8124375a9194/sentence/4000-4028> a gov:Sentence ;
    gov:text "2024年主要预期目标是:地区生产总值增长6.5%左右。" ;
    gov:start 4000 ; gov:end 4028 ;
    gov:inSection <report/aefa8124375a9194/section/9> ;
    gov:inReport <report/aefa8124375a9194> .

<unit/650000> a gov:AdministrativeUnit, gov:ProvinceLevelUnit ;
    rdfs:label "新疆维吾尔自治区"@zh ; skos:altLabel "自治区"@zh ;
    gov:divisionCode "650000" .

<unit/650100> a gov:AdministrativeUnit, gov:PrefectureLevelUnit ;
    rdfs:label "乌鲁木齐市"@zh ; skos:altLabel "首府"@zh ;
    gov:partOf <unit/650000> ; gov:divisionCode "650100" .

<unit/650103> a gov:AdministrativeUnit, gov:CountyLevelUnit ;
    rdfs:label "沙依巴克区"@zh ; skos:altLabel "沙区"@zh, "我区"@zh ;
    gov:partOf <unit/650100> ; gov:divisionCode "650103" ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1137-1161> .

<unit/650103016000> a gov:AdministrativeUnit, gov:TownshipLevelUnit ;
    rdfs:label "骑马山街道"@zh ;
    gov:partOf <unit/650103> ; gov:divisionCode "650103016000" ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1500-1537> .

<unit/name/%E4%BB%93%E9%83%81%E7%A4%BE%E5%8C%BA> a gov:AdministrativeUnit, gov:VillageLevelUnit ;
    rdfs:label "仓郁社区"@zh ;
    gov:partOf <unit/650103> ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1500-1537> .

<report/aefa8124375a9194/measurement/1145-1151> a gov:Outcome ;
    gov:indicator <indicator/%E7%BE%A4%E4%BC%97%E8%AF%89%E6%B1%82> ;
    gov:value "10200"^^xsd:decimal ; gov:unit "件" ;
    gov:surfaceText "1.02万件" ;
    gov:valueKind "count" ;
    gov:spanStart 1145 ; gov:spanEnd 1151 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1137-1161> ;
    gov:sourceReport <report/aefa8124375a9194> ; gov:reportYear "2024"^^xsd:gYear ;
    gov:series <series/0123456789abcdef> ; gov:seriesPeriod <series/0123456789abcdef/2023> .

<report/aefa8124375a9194/measurement/4021-4025> a gov:Target ;
    gov:indicator <indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> ;
    gov:value "6.5"^^xsd:decimal ; gov:unit "%" ;
    gov:surfaceText "6.5%" ;
    gov:qualifier "左右" ;
    gov:valueKind "growth" ;
    gov:direction "increase" ;
    gov:basis "比上年" ;
    gov:spanStart 4021 ; gov:spanEnd 4025 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2024"^^xsd:gYear ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/4000-4028> ;
    gov:sourceReport <report/aefa8124375a9194> ; gov:reportYear "2024"^^xsd:gYear ;
    gov:series <series/fedcba9876543210> ; gov:seriesPeriod <series/fedcba9876543210/2024> .

<indicator/%E7%BE%A4%E4%BC%97%E8%AF%89%E6%B1%82> a gov:Indicator ; rdfs:label "群众诉求"@zh .
<indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> a gov:Indicator ;
    rdfs:label "地区生产总值"@zh ; skos:altLabel "GDP"@zh .

<program/%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4> a gov:Program ;
    rdfs:label "乡村振兴"@zh ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/4000-4028> .

<project/%E4%B9%9D%E5%AE%B6%E6%B9%BE%E6%B0%B4%E5%BA%93%E9%99%A4%E9%99%A9%E5%8A%A0%E5%9B%BA> a gov:Project ;
    rdfs:label "九家湾水库除险加固"@zh ;
    gov:locatedIn <unit/650103> ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1500-1537> .

<organization/%E6%96%B0%E7%96%86%E5%A4%A7%E5%AD%A6> a gov:Organization ;
    rdfs:label "新疆大学"@zh ;
    gov:locatedIn <unit/650100> ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1137-1161> .

<honor/%E5%85%A8%E5%9B%BD%E6%A8%A1%E8%8C%83%E4%BA%BA%E6%B0%91%E8%B0%83%E8%A7%A3%E5%A7%94%E5%91%98%E4%BC%9A> a gov:Honor ;
    rdfs:label "全国模范人民调解委员会"@zh ;
    gov:awardedTo <unit/650103016000> ;
    gov:mentionedIn <report/aefa8124375a9194/sentence/1500-1537> .
"""

REPORT = ID["report/aefa8124375a9194"]
OUTCOME = ID["report/aefa8124375a9194/measurement/1145-1151"]
TARGET = ID["report/aefa8124375a9194/measurement/4021-4025"]
SENTENCE = ID["report/aefa8124375a9194/sentence/1137-1161"]
COUNTY = ID["unit/650103"]
VILLAGE = ID["unit/name/%E4%BB%93%E9%83%81%E7%A4%BE%E5%8C%BA"]
INDICATOR = ID["indicator/%E7%BE%A4%E4%BC%97%E8%AF%89%E6%B1%82"]
PROJECT = ID[
    "project/%E4%B9%9D%E5%AE%B6%E6%B9%BE%E6%B0%B4%E5%BA%93%E9%99%A4%E9%99%A9%E5%8A%A0%E5%9B%BA"
]
HONOR = ID[
    "honor/%E5%85%A8%E5%9B%BD%E6%A8%A1%E8%8C%83%E4%BA%BA%E6%B0%91%E8%B0%83%E8%A7%A3%E5%A7%94%E5%91%98%E4%BC%9A"
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def sample_graph() -> Graph:
    return Graph().parse(data=SAMPLE_TTL, format="turtle")


def failures(data: Graph, shapes: Graph) -> tuple[bool, set[tuple[URIRef, URIRef]], str]:
    """Validate without inference; return conforms, {(source shape, component)}, report text."""
    conforms, results, text = validate(data, shacl_graph=shapes, inference="none")
    found = {
        (results.value(r, SH.sourceShape), results.value(r, SH.sourceConstraintComponent))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    return conforms, found, text


def labels(graph: Graph, term: URIRef, prop: URIRef = RDFS.label) -> set[str]:
    return {o.language for o in graph.objects(term, prop) if isinstance(o, Literal)}


def union_members(graph: Graph, node) -> set:
    """The members of an owl:unionOf class expression, or {node} for a named class."""
    if isinstance(node, URIRef):
        return {node}
    return set(Collection(graph, graph.value(node, OWL.unionOf)))


# --- the files --------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=lambda p: p.name)
def test_file_parses(path):
    assert len(Graph().parse(path, format="turtle")) > 100


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert labels(ontology, ONTOLOGY_IRI, DCTERMS.title) >= {"en", "zh"}
    assert labels(ontology, ONTOLOGY_IRI, DCTERMS.description) >= {"en", "zh"}
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) is not None


def test_sample_offsets_are_consistent():
    """The hand-written sample itself keeps text length and spans in step with offsets."""
    g = sample_graph()
    for s in g.subjects(RDF.type, GOV.Sentence):
        start, end = g.value(s, GOV.start).toPython(), g.value(s, GOV.end).toPython()
        assert len(str(g.value(s, GOV.text))) == end - start
    for m in g.subjects(GOV.spanStart, None):
        s = g.value(m, GOV.mentionedIn)
        text, start = str(g.value(s, GOV.text)), g.value(s, GOV.start).toPython()
        span = slice(
            g.value(m, GOV.spanStart).toPython() - start, g.value(m, GOV.spanEnd).toPython() - start
        )
        assert text[span] == str(g.value(m, GOV.surfaceText))


# --- declarations -----------------------------------------------------------


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_class_declared(ontology, name):
    term = GOV[name]
    assert (term, RDF.type, OWL.Class) in ontology
    assert labels(ontology, term) >= {"en", "zh"}
    assert labels(ontology, term, RDFS.comment) >= {"en", "zh"}


@pytest.mark.parametrize("name", ALL_PROPERTIES)
def test_property_declared(ontology, name):
    term = GOV[name]
    kind = (
        OWL.ObjectProperty
        if name in CONTRACT_OBJECT_PROPERTIES + GRAPH_OBJECT_PROPERTIES
        else OWL.DatatypeProperty
    )
    assert (term, RDF.type, kind) in ontology
    assert labels(ontology, term) >= {"en", "zh"}
    assert labels(ontology, term, RDFS.comment) >= {"en", "zh"}
    assert ontology.value(term, RDFS.domain) is not None
    assert ontology.value(term, RDFS.range) is not None


def test_every_gov_term_in_docs_and_shapes_is_declared(ontology, shapes):
    used = set(re.findall(r"\bgov:([A-Za-z]+)", GRAPH_DOC.read_text(encoding="utf-8")))
    for graph in (shapes, sample_graph(), ontology):
        used |= {
            str(t)[len(GOV) :]
            for t in graph.all_nodes()
            if isinstance(t, URIRef) and t.startswith(GOV)
        }
    declared = {
        str(s)[len(GOV) :]
        for s in ontology.subjects(RDFS.label, None)
        if str(s).startswith(str(GOV))
    }
    assert used - declared == set()


@pytest.mark.parametrize(
    ("prop", "rng"),
    [
        ("value", XSD.decimal),
        ("start", XSD.integer),
        ("end", XSD.integer),
        ("order", XSD.integer),
        ("spanStart", XSD.integer),
        ("spanEnd", XSD.integer),
        ("sectionCount", XSD.integer),
        ("sentenceCount", XSD.integer),
        ("measurementCount", XSD.integer),
        ("year", XSD.gYear),
        ("reviewYear", XSD.gYear),
        ("refPeriod", XSD.gYear),
        ("reportYear", XSD.gYear),
        ("periodStart", XSD.gYear),
        ("periodEnd", XSD.gYear),
        ("unit", XSD.string),
        ("divisionCode", XSD.string),
        ("speaker", XSD.string),
        ("text", XSD.string),
        ("surfaceText", XSD.string),
    ],
)
def test_datatype_ranges(ontology, prop, rng):
    assert ontology.value(GOV[prop], RDFS.range) == rng


@pytest.mark.parametrize(
    ("prop", "domain"),
    [
        (
            "mentionedIn",
            {
                GOV.AdministrativeUnit,
                GOV.Program,
                GOV.Project,
                GOV.Organization,
                GOV.Honor,
                GOV.Measurement,
                GOV.NamedThing,
            },
        ),
        ("inReport", {GOV.Sentence, GOV.Section}),
        ("locatedIn", {GOV.Project, GOV.Organization}),
    ],
)
def test_union_domains(ontology, prop, domain):
    assert union_members(ontology, ontology.value(GOV[prop], RDFS.domain)) >= domain


def test_awarded_to_range(ontology):
    rng = ontology.value(GOV.awardedTo, RDFS.range)
    assert union_members(ontology, rng) == {GOV.AdministrativeUnit, GOV.Organization, GOV.Program, GOV.NamedThing}


def test_a_place_is_a_named_thing(ontology):
    assert (GOV.Place, RDFS.subClassOf, GOV.NamedThing) in ontology


def test_level_classes_are_disjoint_units(ontology):
    for cls in LEVEL_CLASSES:
        assert (cls, RDFS.subClassOf, GOV.AdministrativeUnit) in ontology
    member_sets = [
        set(Collection(ontology, ontology.value(b, OWL.members)))
        for b in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    assert set(LEVEL_CLASSES) in member_sets


def test_outcome_and_target_are_disjoint_measurements(ontology):
    assert (GOV.Outcome, RDFS.subClassOf, GOV.Measurement) in ontology
    assert (GOV.Target, RDFS.subClassOf, GOV.Measurement) in ontology
    assert (GOV.Outcome, OWL.disjointWith, GOV.Target) in ontology


@pytest.mark.parametrize(
    "triple",
    [
        (GOV.AdministrativeUnit, RDFS.subClassOf, SCHEMA.AdministrativeArea),
        (GOV.AdministrativeUnit, RDFS.subClassOf, DCTERMS.Location),
        (GOV.Report, RDFS.subClassOf, SCHEMA.Report),
        (GOV.Report, RDFS.subClassOf, PROV.Entity),
        (GOV.Sentence, RDFS.subClassOf, NIF.Sentence),
        (GOV.Sentence, RDFS.subClassOf, PROV.Entity),
        (GOV.Program, RDFS.subClassOf, PROV.Plan),
        (GOV.Project, RDFS.subClassOf, PROV.Activity),
        (GOV.Organization, RDFS.subClassOf, ORG.Organization),
        (GOV.Indicator, RDFS.subClassOf, SKOS.Concept),
        (GOV.IndicatorScheme, RDF.type, SKOS.ConceptScheme),
        (GOV.Honor, RDFS.subClassOf, SKOS.Concept),
        (GOV.Measurement, RDFS.subClassOf, QB.Observation),
        (GOV.Measurement, RDFS.subClassOf, PROV.Entity),
        (GOV.value, RDFS.subPropertyOf, SDMX_MEASURE.obsValue),
        (GOV.refArea, RDFS.subPropertyOf, SDMX_DIMENSION.refArea),
        (GOV.refPeriod, RDFS.subPropertyOf, SDMX_DIMENSION.refPeriod),
        (GOV.indicator, RDF.type, QB.DimensionProperty),
        (GOV.indicator, QB.codeList, GOV.IndicatorScheme),
        (GOV.mentionedIn, RDFS.subPropertyOf, PROV.wasInfluencedBy),
        (GOV.partOf, RDFS.subPropertyOf, SCHEMA.containedInPlace),
        (GOV.partOf, RDF.type, OWL.TransitiveProperty),
        (GOV.divisionCode, RDFS.subPropertyOf, SKOS.notation),
        (GOV.inReport, RDFS.subPropertyOf, DCTERMS.isPartOf),
        (GOV.text, RDFS.subPropertyOf, NIF.anchorOf),
        (GOV.start, RDFS.subPropertyOf, NIF.beginIndex),
        (GOV.end, RDFS.subPropertyOf, NIF.endIndex),
    ],
    ids=lambda t: " ".join(str(x).rsplit("/", 1)[-1] for x in t),
)
def test_alignment(ontology, triple):
    assert triple in ontology


def test_project_is_not_a_schema_project(ontology):
    assert (GOV.Project, RDFS.subClassOf, SCHEMA.Project) not in ontology


def test_every_shape_is_named_and_explained(shapes):
    for shape in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(
        shapes.subjects(RDF.type, SH.NodeShape)
    ):
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape


# --- validation -------------------------------------------------------------


def test_sample_conforms(shapes):
    conforms, found, text = failures(sample_graph(), shapes)
    assert conforms, text


def test_sample_conforms_with_ontology_and_rdfs_inference(ontology, shapes):
    """Domains and ranges must not make the shapes fire once inferred (e.g. a section typed as a sentence)."""
    conforms, _, text = validate(
        sample_graph(), shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
    )
    assert conforms, text


def owl_rl_errors(data: Graph, ontology: Graph) -> list[str]:
    """Inconsistencies OWL-RL finds in ontology + data (owlrl records them as err:error literals)."""
    g = Graph()
    for t in ontology:
        g.add(t)
    for t in data:
        g.add(t)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(g)
    return [str(o) for o in g.objects(None, OWL_RL_ERROR)]


OWL_RL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")


def test_sample_is_owl_rl_consistent(ontology):
    assert owl_rl_errors(sample_graph(), ontology) == []


def test_outcome_that_is_also_a_target_is_owl_rl_inconsistent(ontology):
    g = sample_graph()
    g.add((OUTCOME, RDF.type, GOV.Target))
    assert any("Disjoint" in e for e in owl_rl_errors(g, ontology))


def _replace(s, p, o):
    def mutate(g: Graph):
        g.remove((s, p, None))
        g.add((s, p, o))

    return mutate


def _add(*triples):
    def mutate(g: Graph):
        for t in triples:
            g.add(t)

    return mutate


def _drop(s, p, o=None):
    def mutate(g: Graph):
        g.remove((s, p, o))

    return mutate


BROKEN = {
    "measurement with two values": (
        _add((OUTCOME, GOV.value, Literal("10201", datatype=XSD.decimal))),
        {(GOVSH["Measurement-value"], SH.MaxCountConstraintComponent)},
    ),
    "value not decimal": (
        _replace(OUTCOME, GOV.value, Literal("10200", datatype=XSD.integer)),
        {(GOVSH["Measurement-value"], SH.DatatypeConstraintComponent)},
    ),
    "value a plain string": (
        _replace(OUTCOME, GOV.value, Literal("1.02万")),
        {(GOVSH["Measurement-value"], SH.DatatypeConstraintComponent)},
    ),
    "measurement without unit": (
        _drop(TARGET, GOV.unit),
        {(GOVSH["Measurement-unit"], SH.MinCountConstraintComponent)},
    ),
    "measurement without sentence": (
        _drop(OUTCOME, GOV.mentionedIn),
        {(GOVSH["Measurement-mentionedIn"], SH.MinCountConstraintComponent)},
    ),
    "indicator not typed": (
        _drop(INDICATOR, RDF.type),
        {(GOVSH["Measurement-indicator"], SH.ClassConstraintComponent)},
    ),
    "measurement both outcome and target": (
        _add((OUTCOME, RDF.type, GOV.Target)),
        {(GOVSH.OutcomeNotTargetShape, SH.NotConstraintComponent)},
    ),
    "refPeriod not a year": (
        _replace(OUTCOME, GOV.refPeriod, Literal("2023")),
        {(GOVSH["Measurement-refPeriod"], SH.DatatypeConstraintComponent)},
    ),
    "report year of a measurement as a string": (
        _replace(OUTCOME, GOV.reportYear, Literal("2024")),
        {(GOVSH["Measurement-reportYear"], SH.DatatypeConstraintComponent)},
    ),
    "measurement from a sentence instead of a report": (
        _replace(OUTCOME, GOV.sourceReport, SENTENCE),
        {(GOVSH["Measurement-sourceReport"], SH.ClassConstraintComponent)},
    ),
    "measurement in two series": (
        _add((OUTCOME, GOV.series, ID["series/fedcba9876543210"])),
        {(GOVSH["Measurement-series"], SH.MaxCountConstraintComponent)},
    ),
    "span of years with a single year too": (
        _add((OUTCOME, GOV.periodStart, Literal("2019", datatype=XSD.gYear)),
             (OUTCOME, GOV.periodEnd, Literal("2023", datatype=XSD.gYear))),
        {(GOVSH["MeasurementSpan-noRefPeriod"], SH.MaxCountConstraintComponent)},
    ),
    "span of years without its end": (
        _add((TARGET, GOV.periodStart, Literal("2024", datatype=XSD.gYear))),
        {(GOVSH["MeasurementSpan-end"], SH.MinCountConstraintComponent),
         (GOVSH["MeasurementSpan-noRefPeriod"], SH.MaxCountConstraintComponent)},
    ),
    "span end not a year": (
        _add((OUTCOME, GOV.periodStart, Literal("2019", datatype=XSD.gYear)),
             (OUTCOME, GOV.periodEnd, Literal("2023"))),
        {(GOVSH["Measurement-periodEnd"], SH.DatatypeConstraintComponent),
         (GOVSH["MeasurementSpan-noRefPeriod"], SH.MaxCountConstraintComponent)},
    ),
    "unknown value kind": (
        _replace(OUTCOME, GOV.valueKind, Literal("total")),
        {(GOVSH["Measurement-valueKind"], SH.InConstraintComponent)},
    ),
    "unit without level class": (
        _drop(COUNTY, RDF.type, GOV.CountyLevelUnit),
        {(GOVSH["AdministrativeUnit-level"], SH.QualifiedMinCountConstraintComponent)},
    ),
    "unit with two level classes": (
        _add((COUNTY, RDF.type, GOV.PrefectureLevelUnit)),
        {(GOVSH["AdministrativeUnit-level"], SH.QualifiedMaxCountConstraintComponent)},
    ),
    "unit typed with a level class only": (
        _drop(VILLAGE, RDF.type, GOV.AdministrativeUnit),
        {(GOVSH["AdministrativeUnit-type"], SH.HasValueConstraintComponent)},
    ),
    "unit label without language": (
        _replace(COUNTY, RDFS.label, Literal("沙依巴克区")),
        {
            (GOVSH["AdministrativeUnit-label"], SH.DatatypeConstraintComponent),
            (GOVSH["AdministrativeUnit-label"], SH.LanguageInConstraintComponent),
        },
    ),
    "division code of five digits": (
        _replace(COUNTY, GOV.divisionCode, Literal("65010")),
        {(GOVSH["AdministrativeUnit-divisionCode"], SH.PatternConstraintComponent)},
    ),
    "sentence without text": (
        _drop(SENTENCE, GOV.text),
        {(GOVSH["Sentence-text"], SH.MinCountConstraintComponent)},
    ),
    "sentence start after end": (
        _replace(SENTENCE, GOV.start, Literal(1200)),
        {(GOVSH["Sentence-start"], SH.LessThanConstraintComponent)},
    ),
    "sentence as a blank node": (
        _add(
            (BNode("s"), RDF.type, GOV.Sentence),
            (BNode("s"), GOV.text, Literal("。")),
            (BNode("s"), GOV.start, Literal(0)),
            (BNode("s"), GOV.end, Literal(1)),
            (BNode("s"), GOV.inReport, REPORT),
        ),
        {(GOVSH.SentenceShape, SH.NodeKindConstraintComponent)},
    ),
    "report year as a string": (
        _replace(REPORT, GOV.year, Literal("2024")),
        {(GOVSH["Report-year"], SH.DatatypeConstraintComponent)},
    ),
    "report without source file": (
        _drop(REPORT, GOV.sourceFile),
        {(GOVSH["Report-sourceFile"], SH.MinCountConstraintComponent)},
    ),
    "project without mention": (
        _drop(PROJECT, GOV.mentionedIn),
        {(GOVSH["Project-mentionedIn"], SH.MinCountConstraintComponent)},
    ),
    "honor awarded to a sentence": (
        _replace(HONOR, GOV.awardedTo, SENTENCE),
        {(GOVSH["Honor-awardedTo"], SH.OrConstraintComponent)},
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_graph_fails_the_right_shape(shapes, case):
    mutate, expected = BROKEN[case]
    g = sample_graph()
    mutate(g)
    conforms, found, text = failures(g, shapes)
    assert not conforms
    assert found == expected, text
