"""A build of the sample: contract terms, SHACL conformance, determinism, offsets, the Python API."""

from __future__ import annotations

from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.namespace import RDF

from kg import build
from kg.consts import GOV

ROOT = Path(__file__).resolve().parent.parent


def test_sample_graph_conforms_to_the_shapes(sample_build):
    data = Graph()
    data.parse(sample_build.files["turtle"], format="turtle")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    conforms, _report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert conforms, text[:3000]


def test_graph_uses_the_contract_terms(sample_dataset):
    types = set(sample_dataset.objects(None, RDF.type))
    for cls in ("Report", "Section", "Sentence", "AdministrativeUnit", "CountyLevelUnit", "Outcome", "Indicator",
                "Program", "Project", "Organization", "Honor"):
        assert GOV[cls] in types, cls
    for prop in ("mentionedIn", "text", "start", "end", "inSection", "inReport", "heading", "partOf",
                 "divisionCode", "indicator", "value", "unit", "surfaceText", "refArea", "refPeriod",
                 "awardedTo", "region", "year", "reviewYear", "speaker", "meeting"):
        assert next(sample_dataset.triples((None, GOV[prop], None)), None) is not None, prop


def test_sentence_offsets_index_the_kept_cleaned_text(sample_build, sample_dataset):
    texts = list((sample_build.out_dir / "texts").glob("*.txt"))
    assert len(texts) == 1
    text = texts[0].read_text(encoding="utf-8")
    sentences = list(sample_dataset.subjects(RDF.type, GOV.Sentence))
    assert len(sentences) > 100
    for s in sentences:
        start = int(sample_dataset.value(s, GOV.start))
        end = int(sample_dataset.value(s, GOV.end))
        assert text[start:end] == str(sample_dataset.value(s, GOV.text))


def test_measurement_spans_are_their_surface_text(sample_build, sample_dataset):
    text = next((sample_build.out_dir / "texts").glob("*.txt")).read_text(encoding="utf-8")
    for m in sample_dataset.subjects(GOV.surfaceText, None):
        start, end = int(sample_dataset.value(m, GOV.spanStart)), int(sample_dataset.value(m, GOV.spanEnd))
        assert text[start:end] == str(sample_dataset.value(m, GOV.surfaceText))


def test_building_twice_gives_identical_sorted_nquads(tmp_path, sample_build):
    again = build(out_dir=tmp_path / "again", html=False)
    assert again.files["nquads"].read_bytes() == sample_build.files["nquads"].read_bytes()


def test_one_named_graph_per_report(tmp_path):
    sample = ROOT / "kg" / "data" / "sample" / "shayibake_2024.txt"
    other = tmp_path / "other.txt"
    other.write_text("政府工作报告\n——2024年1月17日在乌鲁木齐市第十七届人民代表大会第四次会议上\n各位代表：\n"
                     "2023年工作回顾\n全市地区生产总值增长6.0%。\n", encoding="utf-8")
    result = build([str(sample), str(other)], tmp_path / "out", html=False)
    quads = result.files["nquads"].read_text(encoding="utf-8").splitlines()
    graphs = {line.rsplit(" ", 2)[1] for line in quads}
    assert graphs == {f"<{r.iri}>" for r in result.reports} | {"<https://w3id.org/govkg/id/graph/shared>"}
    # every triple in exactly one graph: the union has no duplicates
    triples = [line.rsplit(" ", 2)[0] for line in quads]
    assert len(triples) == len(set(triples))


def test_building_reports_one_at_a_time_and_merging_equals_building_them_together(tmp_path):
    sample = ROOT / "kg" / "data" / "sample" / "shayibake_2024.txt"
    other = ROOT / "tests" / "data" / "urumqi_2024.txt"
    together = build([str(sample), str(other)], tmp_path / "both", html=False)
    one = build([str(sample)], tmp_path / "one", html=False)
    two = build([str(other)], tmp_path / "two", html=False)
    merged = set(one.files["nquads"].read_text(encoding="utf-8").splitlines())
    merged |= set(two.files["nquads"].read_text(encoding="utf-8").splitlines())
    assert sorted(merged) == together.files["nquads"].read_text(encoding="utf-8").splitlines()


def test_the_python_api_returns_an_rdflib_dataset(sample_build, sample_dataset):
    assert len(sample_dataset) == sample_build.quads or len(sample_dataset) > 0
    regions = {str(sample_dataset.value(r, GOV.region)) for r in sample_dataset.subjects(RDF.type, GOV.Report)}
    assert regions == {"https://w3id.org/govkg/id/unit/650103"}


def test_sample_finds_most_quantities(sample_dataset):
    measurements = set(sample_dataset.subjects(RDF.type, GOV.Outcome)) | set(sample_dataset.subjects(RDF.type, GOV.Target))
    assert len(measurements) >= 120
