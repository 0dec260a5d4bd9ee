"""The N-Quads writer of kg.emit (terms as strings, no rdflib objects) against rdflib and Oxigraph.

rdflib is the reference: for each line we write, rdflib's parser reads it and rdflib's N-Quads
serializer writes it back; the two must be byte-identical. That catches wrong escaping and lexical
forms that are not canonical (rdflib normalizes typed literals when it parses them).
"""

from __future__ import annotations

import random
import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.emit import Iris, iri, lit, to_rdflib, typed, zh
from kg.pipeline import extract_document, nquad_lines, nquad_shard, process_document, sample_path
from kg.read import read_document
from kg.shards import shard_bytes

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/govkg/id/"
GRAPH = URIRef("https://example.org/graph/g")
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")

TRICKY = [
    "plain",
    "",
    'say "hi"',
    "back\\slash",
    "ends with a backslash \\",
    'ends with a quote "',
    "line\nbreak",
    "two\n\nbreaks\r\nand a CR",
    "tab\there",
    'mixed \\" escapes \\n that look like escapes',
    "non-BMP: 𠀀𪚥 and 😀",
    "沙依巴克区“一件事一次办”《条例》·海赛尔·沙比提",
    '"""triple quotes"""',
    "\u2028 line separator and \u0085 next line",
]


def rdflib_line(s, p, o, g) -> str:
    dataset = Dataset()
    dataset.graph(g).add((s, p, o))
    return dataset.serialize(format="nquads").strip()


def ours(o: str) -> str:
    return f"{iri(S)} {iri(P)} {o} {iri(GRAPH)} ."


@pytest.mark.parametrize("text", TRICKY)
def test_string_literals_equal_rdflibs_serialization(text):
    assert ours(lit(text)) == rdflib_line(S, P, Literal(text), GRAPH)
    assert ours(zh(text)) == rdflib_line(S, P, Literal(text, lang="zh"), GRAPH)


@pytest.mark.parametrize("text", TRICKY)
def test_string_literals_read_back_as_the_same_string(text):
    quad = next(iter(ox.parse(ours(zh(text)), format=ox.RdfFormat.N_QUADS)))
    assert quad.object.value == text and quad.object.language == "zh"
    assert to_rdflib(zh(text)) == Literal(text, lang="zh")
    assert to_rdflib(lit(text)) == Literal(text)


@pytest.mark.parametrize("value", [0, 7, 12345678901234567890, -3])
def test_integers_equal_rdflib(value):
    assert ours(lit(value)) == rdflib_line(S, P, Literal(value), GRAPH)
    assert to_rdflib(lit(value)) == Literal(value)


@pytest.mark.parametrize("lexical,datatype", [("2024", XSD.gYear), ("0999", XSD.gYear), ("2024-01-17", XSD.date),
                                              ("12.5", XSD.decimal), ("100", XSD.decimal), ("0.0001", XSD.decimal),
                                              (format(Decimal("1E+3").normalize(), "f"), XSD.decimal)])
def test_typed_literals_equal_rdflib(lexical, datatype):
    assert ours(typed(lexical, datatype)) == rdflib_line(S, P, Literal(lexical, datatype=datatype), GRAPH)


def test_iris_quote_names_and_refuse_a_bad_base():
    iris = Iris(BASE)
    node = iris.named("honor", '全国文明城市 "A/B"')
    assert rdflib_line(to_rdflib(node), P, Literal("x"), GRAPH).startswith(node + " ")
    with pytest.raises(ValueError):
        Iris("https://example.org/has space/")


def _reports() -> list[Path]:
    """The sample, the committed test reports and, when the corpus is unpacked here, 25 corpus reports."""
    paths = [sample_path(), *sorted((ROOT / "tests" / "data").glob("*.txt")),
             *sorted((ROOT / "tests" / "cases").glob("*/input.txt"))]
    corpus = Path(tempfile.gettempdir()) / "govkg-corpus" / "reports"
    if corpus.is_dir():
        paths += random.Random(9).sample(sorted(corpus.rglob("*.txt")), 25)
    return paths


@pytest.fixture(scope="module")
def written() -> list[tuple[str, list[str]]]:
    out = []
    for path in _reports():
        iri_, triples, _summary = extract_document(read_document(path), BASE)
        out.append((path.name, sorted(nquad_lines(iri_, triples, BASE))))
    return out


def test_report_nquads_equal_rdflibs_serialization(written):
    """Every line of every report: rdflib reads it and writes back exactly the same bytes."""
    for name, lines in written:
        dataset = Dataset()
        dataset.parse(data="\n".join(lines) + "\n", format="nquads")
        again = sorted(line for line in dataset.serialize(format="nquads").splitlines() if line.strip())
        assert again == lines, name


def test_report_nquads_parse_in_oxigraph_to_the_same_quads(written):
    for name, lines in written:
        quads = list(ox.parse("\n".join(lines), format=ox.RdfFormat.N_QUADS))
        assert len(quads) == len(lines), name
        assert sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in quads) == lines, name


def test_nquad_shard_is_the_shard_of_nquad_lines():
    """The build writes nquad_shard's bytes: the very shard shard_bytes makes of nquad_lines (the sample,
    the test reports, 25 corpus reports; triples given twice and a graph-less base included)."""
    for path in _reports():
        iri_, triples, _summary = extract_document(read_document(path), BASE)
        shard = nquad_shard(iri_, triples, BASE)
        assert shard == shard_bytes(nquad_lines(iri_, triples, BASE)), path.name
        assert shard.endswith(b"\n") and len(shard.splitlines()) == len(set(triples)), path.name
        assert nquad_shard(iri_, triples + triples[:50], "https://example.org/kg") == shard_bytes(
            nquad_lines(iri_, triples, "https://example.org/kg")), path.name
    assert nquad_shard("https://example.org/r", [], BASE) == b"" == shard_bytes(set())
    tricky = [(f"<https://example.org/r/{i}>", "<https://example.org/p>", zh(text)) for i, text in enumerate(TRICKY)]
    assert nquad_shard("https://example.org/r", tricky, BASE) == shard_bytes(nquad_lines("https://example.org/r", tricky, BASE))


def test_process_document_gives_the_same_triples_as_rdflib_terms():
    document = read_document(sample_path())
    iri_, triples, summary = extract_document(document, BASE)
    rdf_iri, rdf_triples, rdf_summary = process_document(document, BASE)
    assert rdf_iri == URIRef(iri_) and rdf_summary == summary
    assert [" ".join(t.n3() for t in triple) for triple in rdf_triples] == [" ".join(t) for t in triples]
