"""queries/*.rq: headers, parsing in rdflib and pyoxigraph, and results on a sample graph.

The sample is hand-written TriG in the shape of docs/graph.md: one named graph per
report (named by the report IRI), shared things repeated in every graph that
mentions them, queried as the union of the graphs.

Parameters are bound the way `kg query` binds them (kg.query.prepare: a typed term per
parameter, the query's `#+NAME` lines switched on), on both engines:
- pyoxigraph ``substitutions``;
- rdflib ``initBindings`` (kg.query.rdflib_bindings);
- not at all (every parameter optional): the query text as written.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.sparql import prepareQuery

from kg.query import KINDS, prepare, rdflib_bindings

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
QUERY_FILES = sorted(QUERY_DIR.glob("*.rq"))
GOV = "https://w3id.org/govkg/def#"

SAMPLE = """\
@base <https://w3id.org/govkg/id/> .
@prefix gov: <https://w3id.org/govkg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

# ---------------------------------------------------------------- 2023 report
<report/1111111111111111> {
  <report/1111111111111111> a gov:Report ;
      rdfs:label "沙依巴克区2023年政府工作报告"@zh ;
      gov:sourceFile "shayibake_2023.txt" ;
      gov:contentHash "11" ;
      gov:region <unit/650103> ;
      gov:year "2023"^^xsd:gYear ; gov:reviewYear "2022"^^xsd:gYear ;
      dcterms:date "2023-01-10"^^xsd:date ;
      gov:speaker "海赛尔·沙比提" ; gov:speakerTitle "区长" ;
      gov:meeting "区第十八届人民代表大会第三次会议" .

  <report/1111111111111111/section/1> a gov:Section ;
      gov:heading "2023年工作安排" ; gov:inReport <report/1111111111111111> ;
      gov:order 1 ; gov:part "plan" .

  <report/1111111111111111/sentence/0-13> a gov:Sentence ;
      gov:text "地区生产总值增长6%左右。" ;
      gov:start 0 ; gov:end 13 ;
      gov:inSection <report/1111111111111111/section/1> ;
      gov:inReport <report/1111111111111111> .
  <report/1111111111111111/sentence/13-23> a gov:Sentence ;
      gov:text "全面推进乡村振兴。" ;
      gov:start 13 ; gov:end 23 ;
      gov:inSection <report/1111111111111111/section/1> ;
      gov:inReport <report/1111111111111111> .

  <unit/650103> a gov:AdministrativeUnit, gov:CountyLevelUnit ;
      rdfs:label "沙依巴克区"@zh ; skos:altLabel "沙区"@zh, "我区"@zh ;
      gov:partOf <unit/650100> ; gov:divisionCode "650103" ;
      gov:mentionedIn <report/1111111111111111/sentence/0-13> .
  <unit/650100> a gov:AdministrativeUnit, gov:PrefectureLevelUnit ;
      rdfs:label "乌鲁木齐市"@zh ; skos:altLabel "首府"@zh ;
      gov:partOf <unit/650000> ; gov:divisionCode "650100" .
  <unit/650000> a gov:AdministrativeUnit, gov:ProvinceLevelUnit ;
      rdfs:label "新疆维吾尔自治区"@zh ; skos:altLabel "自治区"@zh ;
      gov:divisionCode "650000" .

  <indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> a gov:Indicator ;
      rdfs:label "地区生产总值"@zh .

  <report/1111111111111111/measurement/8-10> a gov:Target ;
      gov:indicator <indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> ;
      gov:value "6"^^xsd:decimal ; gov:unit "%" ;
      gov:surfaceText "6%" ; gov:qualifier "左右" ;
      gov:valueKind "growth" ; gov:direction "increase" ;
      gov:spanStart 8 ; gov:spanEnd 10 ;
      gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
      gov:mentionedIn <report/1111111111111111/sentence/0-13> ;
      gov:sourceReport <report/1111111111111111> ; gov:reportYear "2023"^^xsd:gYear ;
      gov:series <series/gdp-650103-percent-growth> ;
      gov:seriesPeriod <series/gdp-650103-percent-growth/2023> .

  <program/%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4> a gov:Program ;
      rdfs:label "乡村振兴"@zh ;
      gov:mentionedIn <report/1111111111111111/sentence/13-23> .
}

# ---------------------------------------------------------------- 2024 report
<report/2222222222222222> {
  <report/2222222222222222> a gov:Report ;
      rdfs:label "沙依巴克区2024年政府工作报告"@zh ;
      gov:sourceFile "shayibake_2024.txt" ;
      gov:contentHash "22" ;
      gov:region <unit/650103> ;
      gov:year "2024"^^xsd:gYear ; gov:reviewYear "2023"^^xsd:gYear ;
      dcterms:date "2024-01-08"^^xsd:date ;
      gov:speaker "海赛尔·沙比提" ; gov:speakerTitle "区长" ;
      gov:meeting "区第十八届人民代表大会第四次会议" .

  <report/2222222222222222/section/1> a gov:Section ;
      gov:heading "2023年工作回顾" ; gov:inReport <report/2222222222222222> ;
      gov:order 1 ; gov:part "review" .
  <report/2222222222222222/section/2> a gov:Section ;
      gov:heading "一、聚力抓好稳定工作,社会大局持续和谐" ;
      gov:inReport <report/2222222222222222> ;
      gov:subSectionOf <report/2222222222222222/section/1> ;
      gov:order 2 ; gov:part "review" .
  <report/2222222222222222/section/3> a gov:Section ;
      gov:heading "(一)稳定常态实现新巩固" ;
      gov:inReport <report/2222222222222222> ;
      gov:subSectionOf <report/2222222222222222/section/2> ;
      gov:order 3 ; gov:part "review" .

  <report/2222222222222222/sentence/100-124> a gov:Sentence ;
      gov:text "全区办结群众诉求1.02万件,办结率98.2%。" ;
      gov:start 100 ; gov:end 124 ;
      gov:inSection <report/2222222222222222/section/3> ;
      gov:inReport <report/2222222222222222> .
  <report/2222222222222222/sentence/124-160> a gov:Sentence ;
      gov:text "地区生产总值增长6.5%,扬子江街道荣获全国模范人民调解委员会。" ;
      gov:start 124 ; gov:end 160 ;
      gov:inSection <report/2222222222222222/section/2> ;
      gov:inReport <report/2222222222222222> .
  <report/2222222222222222/sentence/160-200> a gov:Sentence ;
      gov:text "实施乡村振兴战略,推进九家湾水库除险加固,与新疆大学合作。" ;
      gov:start 160 ; gov:end 200 ;
      gov:inSection <report/2222222222222222/section/1> ;
      gov:inReport <report/2222222222222222> .

  <unit/650103> a gov:AdministrativeUnit, gov:CountyLevelUnit ;
      rdfs:label "沙依巴克区"@zh ; skos:altLabel "沙区"@zh, "全区"@zh ;
      gov:partOf <unit/650100> ; gov:divisionCode "650103" ;
      gov:mentionedIn <report/2222222222222222/sentence/100-124> .
  <unit/650100> a gov:AdministrativeUnit, gov:PrefectureLevelUnit ;
      rdfs:label "乌鲁木齐市"@zh ; skos:altLabel "首府"@zh ;
      gov:partOf <unit/650000> ; gov:divisionCode "650100" .
  <unit/650000> a gov:AdministrativeUnit, gov:ProvinceLevelUnit ;
      rdfs:label "新疆维吾尔自治区"@zh ; skos:altLabel "自治区"@zh ;
      gov:divisionCode "650000" .
  <unit/name/%E6%89%AC%E5%AD%90%E6%B1%9F%E8%A1%97%E9%81%93> a gov:AdministrativeUnit, gov:TownshipLevelUnit ;
      rdfs:label "扬子江街道"@zh ;
      gov:partOf <unit/650103> ;
      gov:mentionedIn <report/2222222222222222/sentence/124-160> .

  <indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> a gov:Indicator ;
      rdfs:label "地区生产总值"@zh .
  <indicator/%E7%BE%A4%E4%BC%97%E8%AF%89%E6%B1%82> a gov:Indicator ;
      rdfs:label "群众诉求"@zh .
  <indicator/%E5%8A%9E%E7%BB%93%E7%8E%87> a gov:Indicator ;
      rdfs:label "办结率"@zh .

  <report/2222222222222222/measurement/108-114> a gov:Outcome ;
      gov:indicator <indicator/%E7%BE%A4%E4%BC%97%E8%AF%89%E6%B1%82> ;
      gov:value "10200"^^xsd:decimal ; gov:unit "件" ;
      gov:surfaceText "1.02万件" ; gov:valueKind "count" ;
      gov:spanStart 108 ; gov:spanEnd 114 ;
      gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
      gov:mentionedIn <report/2222222222222222/sentence/100-124> ;
      gov:sourceReport <report/2222222222222222> ; gov:reportYear "2024"^^xsd:gYear ;
      gov:series <series/appeals-650103-count> ;
      gov:seriesPeriod <series/appeals-650103-count/2023> .
  <report/2222222222222222/measurement/118-123> a gov:Outcome ;
      gov:indicator <indicator/%E5%8A%9E%E7%BB%93%E7%8E%87> ;
      gov:value "98.2"^^xsd:decimal ; gov:unit "%" ;
      gov:surfaceText "98.2%" ; gov:valueKind "share" ;
      gov:spanStart 118 ; gov:spanEnd 123 ;
      gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
      gov:mentionedIn <report/2222222222222222/sentence/100-124> ;
      gov:sourceReport <report/2222222222222222> ; gov:reportYear "2024"^^xsd:gYear ;
      gov:series <series/closure-rate-650103-percent-share> ;
      gov:seriesPeriod <series/closure-rate-650103-percent-share/2023> .
  <report/2222222222222222/measurement/132-136> a gov:Outcome ;
      gov:indicator <indicator/%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC> ;
      gov:value "6.5"^^xsd:decimal ; gov:unit "%" ;
      gov:surfaceText "6.5%" ; gov:valueKind "growth" ;
      gov:direction "increase" ; gov:basis "同比" ;
      gov:spanStart 132 ; gov:spanEnd 136 ;
      gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
      gov:mentionedIn <report/2222222222222222/sentence/124-160> ;
      gov:sourceReport <report/2222222222222222> ; gov:reportYear "2024"^^xsd:gYear ;
      gov:series <series/gdp-650103-percent-growth> ;
      gov:seriesPeriod <series/gdp-650103-percent-growth/2023> .

  <program/%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4> a gov:Program ;
      rdfs:label "乡村振兴"@zh ;
      gov:mentionedIn <report/2222222222222222/sentence/160-200> .
  <project/%E4%B9%9D%E5%AE%B6%E6%B9%BE> a gov:Project ;
      rdfs:label "九家湾水库除险加固"@zh ;
      gov:locatedIn <unit/650103> ;
      gov:mentionedIn <report/2222222222222222/sentence/160-200> .
  <organization/%E6%96%B0%E7%96%86%E5%A4%A7%E5%AD%A6> a gov:Organization ;
      rdfs:label "新疆大学"@zh ;
      gov:locatedIn <unit/650103> ;
      gov:mentionedIn <report/2222222222222222/sentence/160-200> .
  <report/2222222222222222/sentence/200-214> a gov:Sentence ;
      gov:text "完成“个转企”101户。" ;
      gov:start 200 ; gov:end 214 ;
      gov:inSection <report/2222222222222222/section/3> ;
      gov:inReport <report/2222222222222222> .
  <program/%E4%B8%AA%E8%BD%AC%E4%BC%81> a gov:Program ;
      rdfs:label "个转企"@zh ;
      gov:mentionedIn <report/2222222222222222/sentence/200-214> .
  <indicator/%E2%80%9C%E4%B8%AA%E8%BD%AC%E4%BC%81%E2%80%9D> a gov:Indicator ;
      rdfs:label "“个转企”"@zh .
  <report/2222222222222222/measurement/209-213> a gov:Outcome ;
      gov:indicator <indicator/%E2%80%9C%E4%B8%AA%E8%BD%AC%E4%BC%81%E2%80%9D> ;
      gov:value "101"^^xsd:decimal ; gov:unit "户" ;
      gov:surfaceText "101户" ; gov:valueKind "count" ;
      gov:spanStart 209 ; gov:spanEnd 213 ;
      gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
      gov:mentionedIn <report/2222222222222222/sentence/200-214> ;
      gov:sourceReport <report/2222222222222222> ; gov:reportYear "2024"^^xsd:gYear ;
      gov:series <series/gzq-650103-count> ;
      gov:seriesPeriod <series/gzq-650103-count/2023> ;
      gov:about <program/%E4%B8%AA%E8%BD%AC%E4%BC%81> .
  <honor/%E5%85%A8%E5%9B%BD%E6%A8%A1%E8%8C%83> a gov:Honor ;
      rdfs:label "全国模范人民调解委员会"@zh ;
      gov:awardedTo <unit/name/%E6%89%AC%E5%AD%90%E6%B1%9F%E8%A1%97%E9%81%93> ;
      gov:mentionedIn <report/2222222222222222/sentence/124-160> .
}
"""

NO_MATCH = "不存在的名字"


# ------------------------------------------------------------------ helpers


def parse_header(path: Path) -> dict:
    """The leading `# key: value` comment lines; params as a list of (name, kind, text)."""
    header: dict = {"params": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(\w+):\s*(.*)$", line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "param":
            name, _, text = value.partition("—")
            m = re.fullmatch(r"(\w+)\s*\(([a-z|]+)\)", name.strip())
            assert m, f"{path.name}: '# param: {value}' should read '# param: NAME (KIND) — text'"
            header["params"].append((m.group(1), m.group(2), text.strip()))
        else:
            header[key] = value
    return header


def example_params(example: str) -> dict[str, str]:
    words = shlex.split(example)
    params = {}
    for i, word in enumerate(words):
        if word == "--param":
            name, _, value = words[i + 1].partition("=")
            params[name] = value
    return params


@pytest.fixture(scope="module")
def rdflib_graph() -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=SAMPLE, format="trig")
    return ds


@pytest.fixture(scope="module")
def ox_store() -> ox.Store:
    store = ox.Store()
    store.load(SAMPLE.encode("utf-8"), ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def ox_union_store(rdflib_graph) -> ox.Store:
    """The deduplicated union (like graph.ttl) in the default graph of a store."""
    union = rdflib.Graph()
    for triple in rdflib_graph.triples((None, None, None)):
        union.add(triple)
    store = ox.Store()
    store.load(union.serialize(format="nt").encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    return store


def rdflib_rows(graph, query: str, params: dict[str, str] | None = None) -> list:
    text, init = rdflib_bindings(query, params)
    return list(graph.query(prepareQuery(text), initBindings=init))


def ox_rows(store: ox.Store, query: str, params: dict[str, str] | None = None) -> list:
    text, subs = prepare(query, params)
    return list(store.query(text, use_default_graph_as_union=True, substitutions=subs or None))


# -------------------------------------------------------------------- tests


def test_there_are_at_least_twelve_queries():
    assert len(QUERY_FILES) >= 12
    names = {p.stem for p in QUERY_FILES}
    assert {
        "outcomes_by_indicator",
        "targets_by_indicator",
        "targets_vs_outcomes",
        "indicator_over_years",
        "admin_hierarchy",
        "projects_by_unit",
        "programs_across_reports",
        "honors",
        "section_contents",
        "fact_provenance",
        "top_indicators",
        "reports",
        "units_mentioned",
        "organizations",
        "growth_rates",
    } <= names


def test_sample_is_well_formed(rdflib_graph, ox_store):
    assert len(list(rdflib_graph.graphs())) >= 2
    assert len(ox_store) > 100


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_header(path):
    header = parse_header(path)
    for key in ("title", "description", "example"):
        assert header.get(key), f"{path.name}: missing '# {key}:'"
    assert header["example"].startswith(f"kg query {path.stem}")
    declared = {name for name, _kind, _text in header["params"]}
    assert set(example_params(header["example"])) <= declared
    text = path.read_text(encoding="utf-8")
    assert "PREFIX gov: <https://w3id.org/govkg/def#>" in text
    for name, kind, description in header["params"]:
        assert re.fullmatch(r"[a-z][a-zA-Z]*", name), name
        assert set(kind.split("|")) <= KINDS, f"{path.name}: unknown kind {kind}"
        assert description, f"{path.name}: param {name} has no description"
        # every parameter is projected (pyoxigraph substitutions need it) and narrows the query
        # through lines that count only when it is given
        select = text[text.index("SELECT") : text.index("WHERE")]
        assert f"?{name}" in select.split(), f"{path.name}: ?{name} not in SELECT"
        assert re.search(rf"^\s*#\+{name}\b", text, re.M), f"{path.name}: no '#+{name}' line"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_parses(path):
    query = path.read_text(encoding="utf-8")
    prepareQuery(query)
    assert list(ox.Store().query(query)) == []
    params = example_params(parse_header(path)["example"])
    if params:
        text, _init = rdflib_bindings(query, params)
        prepareQuery(text)
        text, subs = prepare(query, params)
        assert list(ox.Store().query(text, substitutions=subs)) == []


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_rows_without_parameters(path, rdflib_graph, ox_store, ox_union_store):
    query = path.read_text(encoding="utf-8")
    rd = rdflib_rows(rdflib_graph, query)
    ox_result = ox_rows(ox_store, query)
    assert len(rd) >= 1
    assert len(ox_result) == len(rd)
    assert len(list(ox_union_store.query(query))) == len(rd)  # union in the default graph


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_rows_with_parameters(path, rdflib_graph, ox_store, ox_union_store):
    query = path.read_text(encoding="utf-8")
    params = example_params(parse_header(path)["example"])
    if not params:
        pytest.skip("query has no parameters")
    text, subs = prepare(query, params)
    counts = {
        "rdflib initBindings": len(rdflib_rows(rdflib_graph, query, params)),
        "pyoxigraph substitutions": len(ox_rows(ox_store, query, params)),
        "pyoxigraph, union in the default graph": len(list(ox_union_store.query(text, substitutions=subs))),
    }
    assert min(counts.values()) >= 1, counts
    assert len(set(counts.values())) == 1, counts
    assert counts["rdflib initBindings"] <= len(rdflib_rows(rdflib_graph, query))


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_both_engines_give_the_same_rows(path, rdflib_graph, ox_store):
    """Not only as many rows: the same values in every column, with and without the example parameters."""
    def cell(term):  # GROUP_CONCAT orders its parts as it likes, and an empty one may be unbound
        text = _lexical(term) if term is not None else ""
        return tuple(sorted(re.split("、|, ", text))) if text else None

    query = path.read_text(encoding="utf-8")
    for params in ({}, example_params(parse_header(path)["example"])):
        ox_result = sorted((tuple(map(cell, row)) for row in ox_rows(ox_store, query, params)), key=repr)
        rd_result = sorted((tuple(map(cell, row)) for row in rdflib_rows(rdflib_graph, query, params)), key=repr)
        assert ox_result == rd_result, params
        assert all(any(v for v in row) for row in ox_result)


NO_MATCH_BY_KIND = {"year": "1900", "iri|string": NO_MATCH}


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_parameters_filter(path, rdflib_graph, ox_store):
    """Binding a parameter to a value that is nowhere in the graph leaves no rows."""
    header = parse_header(path)
    if not header["params"]:
        pytest.skip("query has no parameters")
    query = path.read_text(encoding="utf-8")
    for name, kind, _text in header["params"]:
        params = {name: NO_MATCH_BY_KIND.get(kind, NO_MATCH)}
        assert rdflib_rows(rdflib_graph, query, params) == [], name
        assert ox_rows(ox_store, query, params) == [], name


# --------------------------------------------------------- specific answers


def _ox_dicts(store, name: str, params: dict[str, str] | None = None) -> list[dict]:
    query, subs = prepare((QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8"), params)
    result = store.query(query, use_default_graph_as_union=True, substitutions=subs or None)
    variables = [v.value for v in result.variables]
    return [
        {v: (row[v].value if row[v] is not None else None) for v in variables} for row in result
    ]


def test_targets_vs_outcomes_pairs_2023_target_with_2024_outcome(ox_store):
    rows = _ox_dicts(ox_store, "targets_vs_outcomes", {"unit": "沙依巴克区"})
    assert len(rows) == 1
    row = rows[0]
    assert row["indicator"] == "地区生产总值"
    assert (row["targetValue"], row["targetYear"]) == ("6", "2023")
    assert (row["outcomeValue"], row["outcomeYear"]) == ("6.5", "2024")


def test_admin_hierarchy_lists_descendants(ox_store):
    rows = _ox_dicts(ox_store, "admin_hierarchy", {"unit": "乌鲁木齐市"})
    assert [r["label"] for r in rows] == ["乌鲁木齐市", "沙依巴克区", "扬子江街道"]
    assert rows[1]["level"] == "county" and rows[1]["parent"] == "乌鲁木齐市"
    assert set(rows[1]["altLabels"].split("、")) == {"沙区", "我区", "全区"}


def test_section_contents_includes_subsections(ox_store):
    rows = _ox_dicts(ox_store, "section_contents", {"section": "稳定工作"})
    labels = {r["label"] for r in rows}
    assert {"沙依巴克区", "群众诉求 1.02万件", "全国模范人民调解委员会", "扬子江街道"} <= labels
    assert "乡村振兴" not in labels  # in the parent section, not under 稳定工作
    assert {r["heading"] for r in rows} == {"一、聚力抓好稳定工作,社会大局持续和谐"}


def test_programs_across_reports_counts_reports(ox_store):
    rows = _ox_dicts(ox_store, "programs_across_reports")
    assert rows[0]["label"] == "乡村振兴"
    assert (rows[0]["reports"], rows[0]["firstYear"], rows[0]["lastYear"]) == ("2", "2023", "2024")


def test_fact_provenance_by_iri(ox_store):
    iri = "https://w3id.org/govkg/id/report/2222222222222222/measurement/108-114"
    rows = _ox_dicts(ox_store, "fact_provenance", {"fact": iri})
    assert len(rows) == 1
    assert (rows[0]["sentenceStart"], rows[0]["spanStart"], rows[0]["heading"]) == (
        "100",
        "108",
        "(一)稳定常态实现新巩固",
    )


def test_growth_rates_signed_value_and_year(ox_store):
    rows = _ox_dicts(ox_store, "growth_rates", {"year": "2023"})
    assert {(r["kind"], r["signedValue"]) for r in rows} == {("target", "6"), ("outcome", "6.5")}


def test_honors_recipient_under_unit(ox_store):
    rows = _ox_dicts(ox_store, "honors", {"unit": "乌鲁木齐市"})
    assert [(r["honor"], r["recipient"]) for r in rows] == [
        ("全国模范人民调解委员会", "扬子江街道")
    ]


# ------------------------------------------------------- binding parameters


HOSTILE = [
    '沙依巴克区" } UNION { ?s ?p ?o } #',
    "沙依巴克区\"@zh . } } SELECT * WHERE { ?s ?p ?o",
    "a\\\"b\\\\c\\u0022 }",
    "line one\nline two } #",
    "{ ?x ?y ?z } ' \\ \t\r",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_never_enters_the_query_text(value):
    for path in QUERY_FILES:
        query = path.read_text(encoding="utf-8")
        for name, kind, _text in parse_header(path)["params"]:
            if kind == "year":
                continue
            text, subs = prepare(query, {name: value})
            assert value not in text
            assert text.count("{") == query.count("{") - sum(
                line.count("{") for line in query.splitlines() if re.match(r"^.*\s#-" + name + r"\b", line))
            # the value itself, and (search) its first two characters as the key of the name index
            assert {v.value for v in subs} <= {name, f"{name}Gram"} and subs[ox.Variable(name)].value == value
            assert all(term.value == value[:2] for v, term in subs.items() if v.value == f"{name}Gram")


@pytest.fixture(scope="module")
def hostile_stores():
    """The sample plus a unit and a program whose labels hold quotes, backslashes, newlines and braces."""
    store = ox.Store()
    store.load(SAMPLE.encode("utf-8"), ox.RdfFormat.TRIG)
    base = "https://w3id.org/govkg/id/"
    graph = ox.NamedNode(base + "report/2222222222222222")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for i, value in enumerate(HOSTILE):
        unit = ox.NamedNode(f"{base}unit/name/hostile{i}")
        store.add(ox.Quad(unit, a, ox.NamedNode(GOV + "AdministrativeUnit"), graph))
        store.add(ox.Quad(unit, a, ox.NamedNode(GOV + "TownshipLevelUnit"), graph))
        store.add(ox.Quad(unit, label, ox.Literal(value, language="zh"), graph))
        store.add(ox.Quad(unit, ox.NamedNode(GOV + "partOf"), ox.NamedNode(base + "unit/650103"), graph))
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return store, dataset


def _lexical(term) -> str:
    return term.value if isinstance(term, ox.Literal | ox.NamedNode) else str(term)


@pytest.mark.parametrize("index", range(len(HOSTILE)))
def test_a_value_with_quotes_backslashes_newlines_and_braces_is_matched_literally(index, hostile_stores):
    store, dataset = hostile_stores
    value = HOSTILE[index]
    query = (QUERY_DIR / "admin_hierarchy.rq").read_text(encoding="utf-8")
    for rows in (ox_rows(store, query, {"unit": value}), rdflib_rows(dataset, query, {"unit": value})):
        assert len(rows) == 1
        assert _lexical(rows[0][0]) == value  # the label, exactly
    query = (QUERY_DIR / "search.rq").read_text(encoding="utf-8")
    for rows in (ox_rows(store, query, {"text": value}), rdflib_rows(dataset, query, {"text": value})):
        assert [_lexical(r[0]) for r in rows] == [value]
    # the same value one character shorter matches no label exactly
    query = (QUERY_DIR / "admin_hierarchy.rq").read_text(encoding="utf-8")
    assert ox_rows(store, query, {"unit": value[:-1]}) == []


def test_a_hostile_value_changes_nothing_but_the_value(hostile_stores):
    store, _dataset = hostile_stores
    query = (QUERY_DIR / "outcomes_by_indicator.rq").read_text(encoding="utf-8")
    everything = ox_rows(store, query)
    assert everything
    assert ox_rows(store, query, {"unit": HOSTILE[0]}) == []  # a unit with no outcomes, not a UNION


def test_prepare_switches_lines_on_and_off():
    query = """# param: unit (label) — a unit
# param: fact (iri|string) — a fact
SELECT ?x ?unit ?fact WHERE {
#+unit  ?u rdfs:label ?unit .
  ?x ?p ?o .  #-unit
#+fact:iri  BIND(?fact AS ?x)
#+fact:string  ?x gov:surfaceText ?fact .
}
"""
    text, subs = prepare(query, {})
    assert text == query and subs == {}
    assert prepare(query, {"unit": ""}) == (query, {})  # an empty value is an absent parameter
    text, subs = prepare(query, {"unit": "乌鲁木齐市"})
    assert "        ?u rdfs:label ?unit ." in text.splitlines()  # the marker is blanked
    assert "?x ?p ?o" not in text
    assert subs == {ox.Variable("unit"): ox.Literal("乌鲁木齐市", language="zh")}
    text, subs = prepare(query, {"fact": "https://w3id.org/govkg/id/unit/650103"})
    assert "BIND(?fact AS ?x)" in text.replace("#+fact:iri", "#") and "#+fact:string" in text
    assert "#+fact:iri" not in text
    assert subs[ox.Variable("fact")] == ox.NamedNode("https://w3id.org/govkg/id/unit/650103")
    text, subs = prepare(query, {"fact": "1.02万件"})
    assert "#+fact:string" not in text and "#+fact:iri" in text
    assert subs[ox.Variable("fact")] == ox.Literal("1.02万件")


def test_prepare_reads_inside_report_graphs_only_when_asked():
    """`#+graphs` lines count and `#-graphs` lines go only for a `kg build` (named_graphs=True)."""
    from kg.errors import QueryError

    query = """# param: unit (label) — a unit
SELECT ?x ?unit WHERE {
#+graphs  GRAPH ?g {
#+graphs #+unit  ?x gov:refArea ?a .
  ?x a ?c .
#+graphs  }
  ?x gov:refArea ?a .  #-unit #-graphs
  ?x gov:sourceReport ?g .  #-graphs
}
"""
    plain, _ = prepare(query, {})
    assert plain == query  # the text as written: no GRAPH, every #- line kept
    graphs, _ = prepare(query, {}, named_graphs=True)
    assert "GRAPH ?g {" in graphs.replace("#+graphs", "") and "#+graphs  GRAPH" not in graphs
    assert "#+unit  ?x gov:refArea" in graphs  # a second marker still needs its parameter
    assert "#-graphs" not in graphs  # `#-unit #-graphs`: dropped when either applies
    graphs_unit, _ = prepare(query, {"unit": "沙区"}, named_graphs=True)
    assert "?x gov:refArea ?a ." in graphs_unit and "#+unit" not in graphs_unit
    plain_unit, _ = prepare(query, {"unit": "沙区"})
    assert "GRAPH" not in plain_unit.replace("#+graphs  GRAPH", "")
    assert "?x gov:refArea ?a .  #-unit" not in plain_unit and "?x gov:sourceReport ?g .  #-graphs" in plain_unit
    with pytest.raises(QueryError, match="not a parameter name"):
        prepare("# param: graphs (text) — x\nSELECT ?graphs WHERE {}", {})


def test_prepare_types_each_kind():
    from kg.query import bind_value

    assert bind_value("unit", "label", "沙区") == ("label", ox.Literal("沙区", language="zh"))
    assert bind_value("unit", "label", ox.Literal("沙区")) == ("label", ox.Literal("沙区", language="zh"))
    gyear = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
    assert bind_value("year", "year", "2023") == ("year", ox.Literal("2023", datatype=gyear))
    assert bind_value("text", "text", "稳定") == ("text", ox.Literal("稳定"))
    assert bind_value("report", "iri|string", "a.txt") == ("string", ox.Literal("a.txt"))
    assert bind_value("report", "iri|string", "urn:x:1") == ("iri", ox.NamedNode("urn:x:1"))


@pytest.mark.parametrize("params, message", [
    ({"year": "二〇二三"}, "expected a year"),
    ({"year": "2023 } #"}, "expected a year"),
    ({"nosuch": "x"}, "no parameter 'nosuch'"),
])
def test_prepare_refuses_bad_parameters(params, message):
    from kg.errors import QueryError

    query = (QUERY_DIR / "growth_rates.rq").read_text(encoding="utf-8")
    with pytest.raises(QueryError, match=message):
        prepare(query, params)


def test_targets_vs_outcomes_keeps_multi_year_averages_apart(tmp_path):
    """A one-year target meets the next report's outcome for that year, not a five-year average."""
    from kg import build

    head = "——{date}在乌鲁木齐市第十六届人民代表大会第{n}次会议上\n各位代表：\n"
    (tmp_path / "a.txt").write_text(
        head.format(date="2023年1月10日", n="二") + "一、2022年工作回顾\n全市经济平稳。\n"
        "二、2023年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        head.format(date="2024年1月10日", n="三") + "一、2023年工作回顾\n"
        "全年地区生产总值增长6.5%。过去五年，地区生产总值年均增长5.2%。\n", encoding="utf-8")
    build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path / "out")
    store = ox.Store.read_only(str(tmp_path / "out" / "store"))
    rows = _ox_dicts(store, "targets_vs_outcomes", {"unit": "乌鲁木齐市"})
    assert [(r["targetValue"], r["outcomeValue"]) for r in rows] == [("6", "6.5")]
