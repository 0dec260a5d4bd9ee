"""Every library query runs on real builds and returns rows, with and without its example parameters."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kg import build
from kg.query import library, rows_of, run_query

DATA = Path(__file__).resolve().parent / "data"
# The sample district report stops before its plan part, so it has no targets.
NEEDS_TARGETS = {"targets_by_indicator", "targets_vs_outcomes"}


@pytest.fixture(scope="module")
def multi_year_build(tmp_path_factory, sample_build):
    """The sample plus 乌鲁木齐市 2024 and 2025: targets of one year, outcomes of the next."""
    from kg.pipeline import sample_path

    out = tmp_path_factory.mktemp("multi-year")
    return build([str(sample_path()), str(DATA / "urumqi_2024.txt"), str(DATA / "urumqi_2025.txt")], out, html=False)


def example_params(query) -> dict[str, str]:
    words = shlex.split(query.example)
    return dict(words[i + 1].split("=", 1) for i, w in enumerate(words) if w == "--param")


@pytest.mark.parametrize("query", [q for q in library() if q.name not in NEEDS_TARGETS], ids=lambda q: q.name)
def test_library_query_returns_rows_on_the_sample(query, sample_build):
    _names, rows = rows_of(run_query(sample_build.out_dir, query.path.read_text(encoding="utf-8")))
    assert rows, f"{query.name} returned no rows on the sample"


@pytest.mark.parametrize("query", library(), ids=lambda q: q.name)
def test_library_query_with_its_example_parameters(query, multi_year_build):
    params = example_params(query)
    assert set(params) == set(query.params), f"the example of {query.name} should bind every parameter"
    if query.name in NEEDS_TARGETS:
        params["unit"] = "乌鲁木齐市"  # the district sample has no plan part
        if "year" in params:
            params["year"] = "2024"  # the plan part of 乌鲁木齐市's 2024 report
    _names, rows = rows_of(run_query(multi_year_build.out_dir, query.path.read_text(encoding="utf-8"), params))
    assert rows, f"{query.name} with {params} returned no rows"


def test_every_query_has_an_example_that_runs_it():
    for query in library():
        assert re.match(rf"kg query {query.name}\b", query.example), query.name


def test_targets_of_one_year_meet_outcomes_of_the_next(multi_year_build):
    query = next(q for q in library() if q.name == "targets_vs_outcomes")
    names, rows = rows_of(run_query(multi_year_build.out_dir, query.path.read_text(encoding="utf-8"),
                                    {"unit": "乌鲁木齐市"}))
    pairs = [dict(zip(names, row, strict=False)) for row in rows]
    assert any(p["indicator"] == "地区生产总值" and p["targetYear"] == "2024" and p["outcomeYear"] == "2025"
               for p in pairs)


def test_a_parameter_is_a_literal_not_sparql(sample_build):
    hostile = '沙依巴克区" } UNION { ?s ?p ?o } #'
    query = next(q for q in library() if q.name == "outcomes_by_indicator")
    _names, rows = rows_of(run_query(sample_build.out_dir, query.path.read_text(encoding="utf-8"), {"unit": hostile}))
    assert rows == []


@pytest.mark.parametrize("query", [q for q in library() if q.params], ids=lambda q: q.name)
def test_hostile_parameters_match_nothing_and_change_nothing(query, sample_build):
    """Quotes, backslashes, newlines and braces in a value are part of the value, never of the query."""
    text = query.path.read_text(encoding="utf-8")
    for name in query.params:
        if query.kinds[name] == "year":
            continue
        for value in ['沙依巴克区" } UNION { ?s ?p ?o } #', '沙依巴克区\\" } #\n} UNION {', "{ } \\ ' \""]:
            names, rows = rows_of(run_query(sample_build.out_dir, text, {name: value}))
            assert rows == [], (name, value)
            assert name in names


def test_a_bad_year_is_one_error_line(sample_build, capsys):
    from kg.cli import main

    code = main(["query", "growth_rates", "-g", str(sample_build.out_dir), "--param", "year=2023 } #"])
    err = capsys.readouterr().err
    assert code != 0
    assert "expected a year" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_an_unknown_parameter_is_one_error_line(sample_build, capsys):
    from kg.cli import main

    code = main(["query", "honors", "-g", str(sample_build.out_dir), "--param", "nosuch=x"])
    err = capsys.readouterr().err
    assert code != 0 and "no parameter 'nosuch'" in err and len(err.strip().splitlines()) == 1


def test_report_counts_written_at_build_time_equal_the_nodes_counted(multi_year_build):
    """The reports query reads gov:sectionCount/sentenceCount/measurementCount: they must equal counting
    the report's sections, sentences and measurements in the graph."""
    query = next(q for q in library() if q.name == "reports")
    names, rows = rows_of(run_query(multi_year_build.out_dir, query.path.read_text(encoding="utf-8")))
    counted_names, counted = rows_of(run_query(multi_year_build.out_dir, """
        PREFIX gov: <https://w3id.org/govkg/def#>
        SELECT ?report (COUNT(DISTINCT ?sec) AS ?sections) (COUNT(DISTINCT ?sen) AS ?sentences)
               (COUNT(DISTINCT ?m) AS ?measurements)
        WHERE { ?report a gov:Report .
                { ?sec gov:inReport ?report ; a gov:Section } UNION { ?sen gov:inReport ?report ; a gov:Sentence }
                UNION { ?m gov:value ?v ; gov:mentionedIn/gov:inReport ?report } }
        GROUP BY ?report"""))
    listed = {r["report"]: (r["sections"], r["sentences"], r["measurements"])
              for r in (dict(zip(names, row, strict=True)) for row in rows)}
    expected = {r["report"]: (r["sections"], r["sentences"], r["measurements"])
                for r in (dict(zip(counted_names, row, strict=True)) for row in counted)}
    assert len(listed) >= 3
    assert listed == expected
    assert all(int(n) > 0 for counts in listed.values() for n in counts)


def _rows(out_dir, sparql: str, params: dict | None = None) -> list[dict[str, str]]:
    names, rows = rows_of(run_query(out_dir, sparql, params))
    return [dict(zip(names, row, strict=True)) for row in rows]


def test_measurement_shortcuts_equal_the_walk_through_sentence_and_report(multi_year_build):
    """gov:sourceReport and gov:reportYear, written at build time, must equal walking measurement ->
    sentence -> report -> year; gov:series must be equal exactly when indicator, area, unit and kind are,
    gov:seriesPeriod exactly when the series and the period are."""
    rows = _rows(multi_year_build.out_dir, """
        PREFIX gov: <https://w3id.org/govkg/def#>
        SELECT ?m ?walked ?written ?walkedYear ?writtenYear ?series ?indicator ?area ?unit ?kind
               ?seriesPeriod ?period ?periodEnd
        WHERE { ?m gov:value ?v ; gov:mentionedIn/gov:inReport ?walked ; gov:indicator ?indicator ;
                   gov:unit ?unit ; gov:valueKind ?kind .
                OPTIONAL { ?walked gov:year ?walkedYear }
                OPTIONAL { ?m gov:sourceReport ?written }
                OPTIONAL { ?m gov:reportYear ?writtenYear }
                OPTIONAL { ?m gov:refArea ?area }
                OPTIONAL { ?m gov:series ?series }
                OPTIONAL { ?m gov:seriesPeriod ?seriesPeriod }
                OPTIONAL { ?m gov:refPeriod ?period }
                OPTIONAL { ?m gov:periodEnd ?periodEnd } }""")
    assert len({r["m"] for r in rows}) == len(rows) > 100  # one row per measurement: every value single
    assert len({r["walked"] for r in rows}) >= 3
    for r in rows:
        assert r["written"] == r["walked"], r["m"]
        assert r["writtenYear"] == r["walkedYear"], r["m"]
        assert bool(r["series"]) == bool(r["area"]), r["m"]
    series_of: dict[tuple, set[str]] = {}
    for r in rows:
        if r["area"]:
            series_of.setdefault((r["indicator"], r["area"], r["unit"], r["kind"]), set()).add(r["series"])
    assert all(len(s) == 1 for s in series_of.values())
    assert len({next(iter(s)) for s in series_of.values()}) == len(series_of)
    assert any(len({r["walked"] for r in rows if r["series"] == next(iter(s))}) > 1 for s in series_of.values())
    # gov:seriesPeriod: equal exactly when the series and the period (year, or last year of a span) are
    keys: dict[tuple, set[str]] = {}
    for r in rows:
        period = r["period"] or (r["periodEnd"] and "until-" + r["periodEnd"])
        assert bool(r["seriesPeriod"]) == bool(r["series"] and period), r["m"]
        if r["seriesPeriod"]:
            keys.setdefault((r["series"], period), set()).add(r["seriesPeriod"])
    assert all(len(s) == 1 for s in keys.values())
    assert len({next(iter(s)) for s in keys.values()}) == len(keys)
    assert any(len({r["walked"] for r in rows if r["seriesPeriod"] == next(iter(s))}) > 1 for s in keys.values())


def test_programs_found_by_iri_equal_programs_found_by_label(multi_year_build):
    """programs_across_reports filters the IRIs (program/ + percent-encoded label) before the labels:
    it must find exactly the programs whose label contains the text, ASCII and punctuation included."""
    query = next(q for q in library() if q.name == "programs_across_reports")
    labels = [r["label"] for r in _rows(multi_year_build.out_dir, """
        PREFIX gov: <https://w3id.org/govkg/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?label WHERE { ?p a gov:Program ; rdfs:label ?label } ORDER BY ?label""")]
    texts = {label[:2] for label in labels[::7]} | {label[-3:] for label in labels[::11]}
    texts |= {"乡村振兴", "A", "1", "%", "%E4", "·", "“", "没有这样的纲领"}
    for text in sorted(texts):
        found = {r["node"] for r in _rows(multi_year_build.out_dir, query.path.read_text(encoding="utf-8"),
                                          {"program": text})}
        expected = {r["p"] for r in _rows(multi_year_build.out_dir, """
            PREFIX gov: <https://w3id.org/govkg/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?p ?text WHERE { ?p a gov:Program ; rdfs:label ?l ; gov:mentionedIn ?s .
                                              FILTER(CONTAINS(STR(?l), ?text)) }""", {"text": text})}
        assert found == expected, text


def test_section_contents_is_one_section_of_one_report(multi_year_build):
    query = next(q for q in library() if q.name == "section_contents")
    text = query.path.read_text(encoding="utf-8")
    by_file = _rows(multi_year_build.out_dir, text, {"report": "urumqi_2024.txt", "section": "工作"})
    assert by_file, "no rows for a section of urumqi_2024.txt"
    assert all("工作" in r["heading"] for r in by_file)
    reports = {r["reportNode"] for r in _rows(multi_year_build.out_dir, text, {"report": "urumqi_2024.txt"})}
    assert len(reports) == 1 and {r["reportNode"] for r in by_file} == reports
    by_iri = _rows(multi_year_build.out_dir, text, {"report": next(iter(reports)), "section": "工作"})
    assert {(r["thing"], r["heading"]) for r in by_iri} == {(r["thing"], r["heading"]) for r in by_file}
    every_report = _rows(multi_year_build.out_dir, text, {"section": "工作"})
    assert len({r["reportNode"] for r in every_report}) >= 2
    assert {(r["thing"], r["sentenceText"]) for r in by_file} < {(r["thing"], r["sentenceText"]) for r in every_report}


def _store_rows(out_dir: Path, text: str, params: dict, named_graphs: bool) -> list[tuple]:
    from kg.consts import PREFIXES
    from kg.query import prepare
    from kg.store import open_store

    sparql, subs = prepare(text, params, named_graphs=named_graphs)
    store = open_store(out_dir)
    solutions = store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None,
                            prefixes={k: str(v) for k, v in PREFIXES.items()})
    return [tuple(None if term is None else str(term) for term in row) for row in solutions]


@pytest.mark.parametrize("query", [q for q in library() if "#+graphs" in q.path.read_text(encoding="utf-8")],
                         ids=lambda q: q.name)
def test_reading_inside_the_report_graphs_gives_the_same_rows(query, multi_year_build):
    """`#+graphs` lines (used on kg's own store) change how a query reads, never what it answers."""
    text = query.path.read_text(encoding="utf-8")
    params = example_params(query)
    if query.name in NEEDS_TARGETS:  # the district sample has no plan part
        params.update({"unit": "乌鲁木齐市"}, **({"year": "2024"} if "year" in params else {}))
    choices = [{}, params] + ([{"unit": "乌鲁木齐市"}] if "unit" in params else [])
    for given in choices:
        plain = _store_rows(multi_year_build.out_dir, text, given, named_graphs=False)
        in_graphs = _store_rows(multi_year_build.out_dir, text, given, named_graphs=True)
        assert in_graphs == plain, f"{query.name} with {given}"
        assert plain, f"{query.name} with {given} returned no rows"
    # and the store's form really differs from the text as written (else the marker would be dead)
    assert any(prepare_text(text, given, True) != prepare_text(text, given, False) for given in choices)


def prepare_text(text: str, params: dict, named_graphs: bool) -> str:
    from kg.query import prepare

    return prepare(text, params, named_graphs=named_graphs)[0]


def test_run_query_reads_inside_the_report_graphs(sample_build):
    """kg query uses the #+graphs lines: a line kept only there decides the answer."""
    text = ("PREFIX gov: <https://w3id.org/govkg/def#>\n"
            "SELECT ?report WHERE {\n"
            "#+graphs  GRAPH ?report {\n"
            "  ?report a gov:Report .\n"
            "#+graphs  }\n"
            "  FILTER(false)  #-graphs\n"
            "}\n")
    _names, rows = rows_of(run_query(sample_build.out_dir, text))
    assert len(rows) == 1


def test_a_title_two_reports_share_lists_each_reports_own_recipient(tmp_path):
    # one gov:Honor for both reports (the same title); each sentence keeps its own recipient
    texts = {
        "shenzhen_2001.txt": "——2001年1月10日在深圳市第三届人民代表大会第二次会议上\n各位代表：\n一、2000年工作回顾\n"
                             "深圳荣获全国双拥模范城称号。\n",
        "zhangzhou_2014.txt": "——2014年1月10日在漳州市第十五届人民代表大会第四次会议上\n各位代表：\n一、2013年工作回顾\n"
                              "漳州荣获全国双拥模范城称号。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([str(tmp_path / name) for name in texts], out, html=False)
    text = next(q for q in library() if q.name == "honors").path.read_text(encoding="utf-8")
    rows = [row for row in _rows(out, text) if row["honor"] == "全国双拥模范城"]
    assert sorted((row["reportYear"], row["recipient"]) for row in rows) == [("2001", "深圳市"), ("2014", "漳州市")]
    rows = _rows(out, text, {"unit": "漳州市"})
    assert [(row["reportYear"], row["recipient"]) for row in rows if row["honor"] == "全国双拥模范城"] == [("2014", "漳州市")]


def test_the_name_index_holds_every_two_character_substring_of_every_name(multi_year_build):
    """kg's store carries gov:nameGram for each name (label or altLabel) in its own graph, and only there."""
    from kg.store import NAME_INDEX_GRAPH, name_grams, open_store

    store = open_store(multi_year_build.out_dir)
    names = store.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?thing ?name WHERE { GRAPH ?g { { ?thing rdfs:label ?name } UNION { ?thing skos:altLabel ?name } } }""")
    expected = {(str(thing), gram) for thing, name in names for gram in name_grams(name.value)}
    index = store.query("""PREFIX gov: <https://w3id.org/govkg/def#>
        SELECT ?thing ?gram ?g WHERE { GRAPH ?g { ?thing gov:nameGram ?gram } }""")
    rows = [(str(thing), gram.value, g.value) for thing, gram, g in index]
    assert {g for _, _, g in rows} == {NAME_INDEX_GRAPH}
    assert len(rows) == len(expected) > 1000
    assert {(thing, gram) for thing, gram, _ in rows} == expected
    assert NAME_INDEX_GRAPH not in (multi_year_build.out_dir / "graph.nq").read_text(encoding="utf-8")


def test_search_through_the_name_index_finds_what_reading_every_name_finds(multi_year_build):
    """The index only narrows what `search` reads: the same rows as CONTAINS over every name, for texts
    of one to five characters taken from names (starts, middles, ends), ASCII and absent texts."""
    from kg.store import open_store

    query = next(q for q in library() if q.name == "search")
    text = query.path.read_text(encoding="utf-8")
    names = sorted(row[0].value for row in open_store(multi_year_build.out_dir).query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?n WHERE { GRAPH ?g { ?t rdfs:label ?n } }"))
    texts = {"沙", "不存在的名字", "G", "5G", "（", "·"}
    for name in names[::max(1, len(names) // 40)]:
        texts.update({name[:2], name[-2:], name[1:4], name[:5], name[len(name) // 2:len(name) // 2 + 3]})
    found = 0
    for given in sorted(t for t in texts if t):
        # (matchedNames is a GROUP_CONCAT, whose order SPARQL leaves open: compared as a set)
        plain, indexed = ([(*row[:2], frozenset(row[2].strip("\"").split("、")), *row[3:]) for row in
                           _store_rows(multi_year_build.out_dir, text, {"text": given}, named_graphs=graphs)]
                          for graphs in (False, True))
        assert indexed == plain, given
        found += bool(plain)
    assert len(texts) > 100 and found > 40
    # and a text of two or more characters really reads the index on kg's store
    def reads_index(given: str, graphs: bool) -> bool:
        return re.search(r"^\s*\?thing gov:nameGram", prepare_text(text, {"text": given}, graphs), re.M) is not None

    assert reads_index("沙区", True)
    assert not reads_index("沙", True) and not reads_index("沙区", False)
