"""kg.evaluate: gold loading, matching rules and the exact scores they give.

The graphs are hand-written Turtle in the shape of docs/graph.md.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.errors import GoldError
from kg.evaluate import (
    EvalResult,
    evaluate,
    format_result,
    load_gold,
    normalize_name,
)

PREFIXES = """\
@base <https://w3id.org/govkg/id/> .
@prefix gov: <https://w3id.org/govkg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# One report, H = aaaa. Sentences 1-4, one of each kind of thing.
REPORT = """\
<report/aaaa> a gov:Report ;
    rdfs:label "沙依巴克区2024年政府工作报告"@zh ;
    gov:sourceFile "demo_2024.txt" ;
    gov:contentHash "aaaa" ;
    gov:region <unit/650103> ;
    gov:year "2024"^^xsd:gYear ; gov:reviewYear "2023"^^xsd:gYear ;
    dcterms:date "2024-01-08"^^xsd:date ;
    gov:speaker "海赛尔·沙比提" ; gov:speakerTitle "区长" ;
    gov:meeting "区第十八届人民代表大会第四次会议" .

<report/aaaa/section/1> a gov:Section ;
    gov:heading "一、聚力抓好稳定工作" ; gov:inReport <report/aaaa> ;
    gov:order 1 ; gov:part "review" .
<report/aaaa/section/2> a gov:Section ;
    gov:heading "2024年工作安排" ; gov:inReport <report/aaaa> ;
    gov:order 2 ; gov:part "plan" .

<report/aaaa/sentence/0-24> a gov:Sentence ;
    gov:text "全区办结群众诉求1.02万件,办结率98.2%。" ;
    gov:start 0 ; gov:end 24 ;
    gov:inSection <report/aaaa/section/1> ; gov:inReport <report/aaaa> .
<report/aaaa/sentence/24-56> a gov:Sentence ;
    gov:text "新增就业1.58万人,扬子江街道荣获全国模范人民调解委员会。" ;
    gov:start 24 ; gov:end 56 ;
    gov:inSection <report/aaaa/section/1> ; gov:inReport <report/aaaa> .
<report/aaaa/sentence/56-90> a gov:Sentence ;
    gov:text "实施乡村振兴战略,推进九家湾水库除险加固,引进中航建设集团。" ;
    gov:start 56 ; gov:end 90 ;
    gov:inSection <report/aaaa/section/1> ; gov:inReport <report/aaaa> .
<report/aaaa/sentence/90-110> a gov:Sentence ;
    gov:text "地区生产总值增长6%左右。" ;
    gov:start 90 ; gov:end 110 ;
    gov:inSection <report/aaaa/section/2> ; gov:inReport <report/aaaa> .

<unit/650103> a gov:AdministrativeUnit, gov:CountyLevelUnit ;
    rdfs:label "沙依巴克区"@zh ; skos:altLabel "沙区"@zh, "我区"@zh ;
    gov:partOf <unit/650100> ; gov:divisionCode "650103" ;
    gov:mentionedIn <report/aaaa/sentence/0-24> .
<unit/650100> a gov:AdministrativeUnit, gov:PrefectureLevelUnit ;
    rdfs:label "乌鲁木齐市"@zh ; skos:altLabel "首府"@zh ;
    gov:divisionCode "650100" ;
    gov:mentionedIn <report/aaaa/sentence/24-56> .
<unit/name/%E6%89%AC%E5%AD%90%E6%B1%9F%E8%A1%97%E9%81%93> a gov:AdministrativeUnit, gov:TownshipLevelUnit ;
    rdfs:label "扬子江街道"@zh ; skos:altLabel "扬子江"@zh ;
    gov:partOf <unit/650103> ;
    gov:mentionedIn <report/aaaa/sentence/24-56> .

<indicator/qz> a gov:Indicator ; rdfs:label "群众诉求"@zh .
<indicator/bjl> a gov:Indicator ; rdfs:label "办结率"@zh .
<indicator/xzjy> a gov:Indicator ; rdfs:label "新增就业"@zh .
<indicator/gdp> a gov:Indicator ; rdfs:label "地区生产总值"@zh .

<report/aaaa/measurement/8-14> a gov:Outcome ;
    gov:indicator <indicator/qz> ;
    gov:value "10200"^^xsd:decimal ; gov:unit "件" ; gov:surfaceText "1.02万件" ;
    gov:valueKind "count" ; gov:spanStart 8 ; gov:spanEnd 14 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
    gov:mentionedIn <report/aaaa/sentence/0-24> .
<report/aaaa/measurement/18-23> a gov:Outcome ;
    gov:indicator <indicator/bjl> ;
    gov:value "98.2"^^xsd:decimal ; gov:unit "%" ; gov:surfaceText "98.2%" ;
    gov:valueKind "share" ; gov:spanStart 18 ; gov:spanEnd 23 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
    gov:mentionedIn <report/aaaa/sentence/0-24> .
<report/aaaa/measurement/28-34> a gov:Outcome ;
    gov:indicator <indicator/xzjy> ;
    gov:value "15800"^^xsd:decimal ; gov:unit "人" ; gov:surfaceText "1.58万人" ;
    gov:valueKind "count" ; gov:spanStart 28 ; gov:spanEnd 34 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2023"^^xsd:gYear ;
    gov:mentionedIn <report/aaaa/sentence/24-56> .
<report/aaaa/measurement/98-100> a gov:Target ;
    gov:indicator <indicator/gdp> ;
    gov:value "6"^^xsd:decimal ; gov:unit "%" ; gov:surfaceText "6%" ;
    gov:qualifier "左右" ; gov:valueKind "growth" ; gov:direction "increase" ;
    gov:spanStart 98 ; gov:spanEnd 100 ;
    gov:refArea <unit/650103> ; gov:refPeriod "2024"^^xsd:gYear ;
    gov:mentionedIn <report/aaaa/sentence/90-110> .

<program/xczx> a gov:Program ; rdfs:label "乡村振兴"@zh ;
    gov:mentionedIn <report/aaaa/sentence/56-90> .
<project/jjw> a gov:Project ; rdfs:label "九家湾水库除险加固"@zh ;
    gov:locatedIn <unit/650103> ; gov:mentionedIn <report/aaaa/sentence/56-90> .
<organization/zhjs> a gov:Organization ; rdfs:label "中航建设集团"@zh ;
    gov:locatedIn <unit/650103> ; gov:mentionedIn <report/aaaa/sentence/56-90> .
<honor/mftj> a gov:Honor ; rdfs:label "全国模范人民调解委员会"@zh ;
    gov:awardedTo <unit/name/%E6%89%AC%E5%AD%90%E6%B1%9F%E8%A1%97%E9%81%93> ;
    gov:mentionedIn <report/aaaa/sentence/24-56> .
"""

GOLD = {
    "report": "demo_2024.txt",
    "meta": {
        "region": "沙依巴克区",
        "year": 2024,
        "review_year": 2023,
        "date": "2024-01-08",
        "speaker": "海赛尔·沙比提",
        "speaker_title": "区长",
        "meeting": "区第十八届人民代表大会第四次会议",
    },
    "admin_units": [
        {
            "name": "沙依巴克区",
            "level": "county",
            "aliases": ["沙区", "我区"],
            "parent": "乌鲁木齐市",
        },
        {"name": "乌鲁木齐市", "level": "prefecture", "aliases": [], "parent": None},
        {"name": "扬子江街道", "level": "township", "aliases": [], "parent": "沙依巴克区"},
    ],
    "quantities": [
        {
            "raw": "1.02万件",
            "value": 10200,
            "unit": "件",
            "indicator": "群众诉求",
            "target": False,
            "sentence": "办结群众诉求1.02万件",
        },
        {
            "raw": "98.2%",
            "value": 98.2,
            "unit": "%",
            "indicator": "办结率",
            "target": False,
            "sentence": "办结率98.2%",
        },
        {
            "raw": "1.58万人",
            "value": 15800,
            "unit": "人",
            "indicator": "新增就业",
            "target": False,
            "sentence": "新增就业1.58万人",
        },
        {
            "raw": "6%左右",
            "value": 6,
            "unit": "%",
            "indicator": "地区生产总值",
            "target": True,
            "sentence": "地区生产总值增长6%左右",
        },
    ],
    "projects": ["九家湾水库除险加固"],
    "programs": ["乡村振兴"],
    "organizations": ["中航建设集团"],
    "honors": [{"honor": "全国模范人民调解委员会", "recipient": "扬子江街道"}],
}


def make_graph(*extra: str, report: str = REPORT) -> Graph:
    g = Graph()
    g.parse(data=PREFIXES + report + "\n".join(extra), format="turtle")
    return g


def write_gold(tmp_path: Path, gold: dict, name: str = "demo_2024.gold.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def run(tmp_path: Path, graph: Graph, gold: dict | None = None) -> EvalResult:
    gold = GOLD if gold is None else gold
    return evaluate(graph, [load_gold(write_gold(tmp_path, gold))])


def gold_with(**changes) -> dict:
    gold = copy.deepcopy(GOLD)
    gold.update(copy.deepcopy(changes))
    return gold


def prf(result: EvalResult, kind: str, i: int = 0) -> tuple[float, float, float]:
    s = result.files[i].scores[kind]
    return (round(s.precision, 4), round(s.recall, 4), round(s.f1, 4))


def measurement(
    key: str,
    sentence: str,
    value: str,
    unit: str,
    surface: str,
    indicator: str,
    cls: str = "gov:Outcome",
    span: tuple[int, int] | None = None,
) -> str:
    span_ttl = f"gov:spanStart {span[0]} ; gov:spanEnd {span[1]} ;" if span else ""
    return f"""
<indicator/{key}> a gov:Indicator ; rdfs:label "{indicator}"@zh .
<report/aaaa/measurement/{key}> a {cls} ;
    gov:indicator <indicator/{key}> ;
    gov:value "{value}"^^xsd:decimal ; gov:unit "{unit}" ; gov:surfaceText "{surface}" ;
    {span_ttl}
    gov:refArea <unit/650103> ; gov:mentionedIn <report/aaaa/sentence/{sentence}> .
"""


def sentence(key: str, text: str, start: int) -> str:
    return f"""
<report/aaaa/sentence/{key}> a gov:Sentence ; gov:text "{text}" ;
    gov:start {start} ; gov:end {start + len(text)} ;
    gov:inSection <report/aaaa/section/1> ; gov:inReport <report/aaaa> .
"""


# ------------------------------------------------------------------ perfect


def test_perfect_match(tmp_path):
    result = run(tmp_path, make_graph())
    f = result.files[0]
    assert f.built and f.report_iri == "https://w3id.org/govkg/id/report/aaaa"
    for kind in ("admin_units", "quantities", "projects", "programs", "organizations", "honors"):
        assert prf(result, kind) == (1.0, 1.0, 1.0), kind
    assert (f.indicator_exact.n, f.indicator_exact.d) == (4, 4)
    assert f.indicator_lenient.value == 1.0
    assert (f.target.n, f.target.d) == (4, 4)
    assert (f.unit_level.n, f.unit_level.d) == (3, 3)
    assert (f.alias_recall.n, f.alias_recall.d) == (2, 2)
    assert (f.metadata.n, f.metadata.d) == (7, 7)
    assert result.average("quantities") == (1.0, 1.0, 1.0)
    text = format_result(result, explain=True)
    assert "metadata" in text and "7/7" in text
    assert "missed" not in text and "invented" not in text


def test_dataset_union_and_scoping(tmp_path):
    """Things mentioned only in another report do not count for this one."""
    other = """
<report/bbbb> a gov:Report ; gov:sourceFile "other_2023.txt" ; gov:year "2023"^^xsd:gYear .
<report/bbbb/sentence/0-10> a gov:Sentence ; gov:text "西安市新增就业2万人。" ;
    gov:start 0 ; gov:end 10 ; gov:inReport <report/bbbb> .
<unit/610100> a gov:AdministrativeUnit, gov:PrefectureLevelUnit ; rdfs:label "西安市"@zh ;
    gov:mentionedIn <report/bbbb/sentence/0-10> .
<report/bbbb/measurement/7-10> a gov:Outcome ; gov:value "20000"^^xsd:decimal ; gov:unit "人" ;
    gov:surfaceText "2万人" ; gov:mentionedIn <report/bbbb/sentence/0-10> .
<unit/650103> gov:mentionedIn <report/bbbb/sentence/0-10> .
"""
    ds = Dataset(default_union=True)
    ds.graph(URIRef("https://w3id.org/govkg/id/report/aaaa")).parse(
        data=PREFIXES + REPORT, format="turtle"
    )
    ds.graph(URIRef("https://w3id.org/govkg/id/report/bbbb")).parse(
        data=PREFIXES + other, format="turtle"
    )
    result = run(tmp_path, ds)
    for kind in ("admin_units", "quantities", "honors"):
        assert prf(result, kind) == (1.0, 1.0, 1.0), kind
    assert result.files[0].metadata.n == 7


# --------------------------------------------------------------- quantities


def test_one_missing_quantity(tmp_path):
    gold = gold_with()
    gold["quantities"].append(
        {
            "raw": "57.35亿元",
            "value": 5735000000,
            "unit": "元",
            "indicator": "地区生产总值",
            "target": False,
            "sentence": "57.35亿元",
        }
    )
    result = run(tmp_path, make_graph(), gold)
    assert prf(result, "quantities") == (1.0, 0.8, 0.8889)
    text = format_result(result, explain=True)
    assert "- missed: 57.35亿元" in text and "« 57.35亿元 »" in text


def test_one_invented_quantity(tmp_path):
    g = make_graph(measurement("extra", "56-90", "37", "家", "37家", "企业"))
    result = run(tmp_path, g)
    assert prf(result, "quantities") == (0.8, 1.0, 0.8889)
    assert "+ invented: 37家" in format_result(result, explain=True)


def test_value_equal_unit_different_is_no_match(tmp_path):
    gold = gold_with()
    gold["quantities"][0]["unit"] = "个"  # graph says 件
    result = run(tmp_path, make_graph(), gold)
    assert prf(result, "quantities") == (0.75, 0.75, 0.75)


def test_decimal_values_compare_exactly(tmp_path):
    """98.2 from JSON equals "98.20"^^xsd:decimal; 98.21 does not."""
    report = REPORT.replace('"98.2"^^xsd:decimal', '"98.20"^^xsd:decimal')
    assert prf(run(tmp_path, make_graph(report=report)), "quantities") == (1.0, 1.0, 1.0)
    report = REPORT.replace('"98.2"^^xsd:decimal', '"98.21"^^xsd:decimal')
    assert prf(run(tmp_path, make_graph(report=report)), "quantities") == (0.75, 0.75, 0.75)


def test_indicator_right_and_wrong(tmp_path):
    gold = gold_with()
    gold["quantities"][1]["indicator"] = "群众诉求办结率"  # lenient: contains 办结率
    gold["quantities"][2]["indicator"] = "城镇新增就业人数"  # lenient: contains 新增就业
    gold["quantities"][3]["indicator"] = "一般公共预算收入"  # wrong either way
    result = run(tmp_path, make_graph(), gold)
    f = result.files[0]
    assert prf(result, "quantities") == (1.0, 1.0, 1.0)  # attribution does not affect matching
    assert (f.indicator_exact.n, f.indicator_exact.d) == (1, 4)
    assert (f.indicator_lenient.n, f.indicator_lenient.d) == (3, 4)
    text = format_result(result, explain=True)
    assert "6%左右: 一般公共预算收入 → 地区生产总值" in text


def test_indicator_normalization(tmp_path):
    """Quotes and full-width parentheses do not count as differences."""
    gold = gold_with()
    gold["quantities"][0]["indicator"] = "“群众（诉求）”"
    report = REPORT.replace('rdfs:label "群众诉求"@zh', 'rdfs:label "群众(诉求)"@zh')
    result = run(tmp_path, make_graph(report=report), gold)
    assert result.files[0].indicator_exact.value == 1.0


def test_target_flag_wrong(tmp_path):
    gold = gold_with()
    gold["quantities"][3]["target"] = False
    result = run(tmp_path, make_graph(), gold)
    f = result.files[0]
    assert (f.target.n, f.target.d) == (3, 4)
    assert "gold outcome, predicted target" in format_result(result, explain=True)


def test_duplicate_values_matched_one_to_one(tmp_path):
    """Two predicted 2个 and three gold 2个: two matches, each in its own sentence."""
    extra = (
        sentence("110-120", "2个逾期项目建成交付。", 110)
        + sentence("120-130", "新建养老服务站2个。", 120)
        + measurement("d1", "110-120", "2", "个", "2个", "逾期项目", span=(110, 112))
        + measurement("d2", "120-130", "2", "个", "2个", "养老服务站", span=(127, 129))
    )
    gold = gold_with()
    gold["quantities"] += [
        # listed against document order: only the sentence preference pairs them right
        {
            "raw": "2个",
            "value": 2,
            "unit": "个",
            "indicator": "养老服务站",
            "target": False,
            "sentence": "新建养老服务站2个",
        },
        {
            "raw": "2个",
            "value": 2,
            "unit": "个",
            "indicator": "逾期项目",
            "target": False,
            "sentence": "2个逾期项目建成交付",
        },
        {
            "raw": "2个",
            "value": 2,
            "unit": "个",
            "indicator": "社区食堂",
            "target": False,
            "sentence": "新建社区食堂2个",
        },
    ]
    result = run(tmp_path, make_graph(extra), gold)
    f = result.files[0]
    assert prf(result, "quantities") == (1.0, 0.8571, 0.9231)  # 6 of 7 gold, 6 of 6 predicted
    assert (f.indicator_exact.n, f.indicator_exact.d) == (6, 6)
    assert f.missed["quantities"] == ["2个 (2 个; 社区食堂) « 新建社区食堂2个 »"]


def test_surface_text_breaks_ties(tmp_path):
    """Same value and unit, same sentence: the surface text (minus qualifiers) decides."""
    extra = (
        sentence("110-130", "培训1万人次,新增1万人以上。", 110)
        + measurement("a", "110-130", "10000", "人", "1万人", "新增", span=(121, 124))
        + measurement("b", "110-130", "10000", "人", "1万人次", "培训", span=(112, 116))
    )
    gold = gold_with()
    gold["quantities"].append(
        {
            "raw": "1万人以上",
            "value": 10000,
            "unit": "人",
            "indicator": "新增",
            "target": False,
            "sentence": "新增1万人以上",
        }
    )
    result = run(tmp_path, make_graph(extra), gold)
    f = result.files[0]
    assert prf(result, "quantities") == (0.8333, 1.0, 0.9091)
    assert (f.indicator_exact.n, f.indicator_exact.d) == (5, 5)


# ------------------------------------------------------------------- names


def test_program_label_with_quotes(tmp_path):
    report = REPORT.replace('rdfs:label "乡村振兴"@zh', 'rdfs:label "“乡村振兴”"@zh')
    result = run(tmp_path, make_graph(report=report))
    assert prf(result, "programs") == (1.0, 1.0, 1.0)
    gold = gold_with(programs=["‘乡村 振兴’"])
    assert prf(run(tmp_path, make_graph(), gold), "programs") == (1.0, 1.0, 1.0)
    gold = gold_with(programs=["乡村振兴战略"])  # no partial credit
    assert prf(run(tmp_path, make_graph(), gold), "programs") == (0.0, 0.0, 0.0)


def test_names_missed_and_invented(tmp_path):
    extra = """
<project/x> a gov:Project ; rdfs:label "青峰路转运站"@zh ; gov:mentionedIn <report/aaaa/sentence/56-90> .
<project/y> a gov:Project ; rdfs:label "不在本报告"@zh .
"""
    gold = gold_with(projects=["九家湾水库除险加固", "环卫路转运站", "沙区人民医院"])
    result = run(tmp_path, make_graph(extra), gold)
    assert prf(result, "projects") == (0.5, 0.3333, 0.4)
    f = result.files[0]
    assert f.missed["projects"] == ["环卫路转运站", "沙区人民医院"]
    assert f.invented["projects"] == ["青峰路转运站"]


def test_admin_units_level_and_alias(tmp_path):
    report = REPORT.replace(
        "gov:AdministrativeUnit, gov:TownshipLevelUnit",
        "gov:AdministrativeUnit, gov:VillageLevelUnit",
    )
    gold = gold_with()
    gold["admin_units"][0]["aliases"] = ["沙区", "我区", "全区"]
    gold["admin_units"].append(
        {"name": "杭州市", "level": "prefecture", "aliases": ["杭州"], "parent": None}
    )
    result = run(tmp_path, make_graph(report=report), gold)
    f = result.files[0]
    assert prf(result, "admin_units") == (1.0, 0.75, 0.8571)
    assert (f.unit_level.n, f.unit_level.d) == (2, 3)
    assert (f.alias_recall.n, f.alias_recall.d) == (2, 4)
    text = format_result(result, explain=True)
    assert "扬子江街道: township ≠ village" in text
    assert "沙依巴克区: 全区" in text and "- missed: 杭州市" in text


def test_admin_unit_named_by_an_alt_label_matches_that_unit(tmp_path):
    gold = gold_with()
    gold["admin_units"][0]["name"] = "沙区"  # the form the text uses; the unit's skos:altLabel
    result = run(tmp_path, make_graph(), gold)
    assert prf(result, "admin_units") == (1.0, 1.0, 1.0)


def test_admin_unit_matches_one_to_one(tmp_path):
    gold = gold_with()
    gold["admin_units"].append(dict(gold["admin_units"][0], name="沙区"))  # the same unit twice
    result = run(tmp_path, make_graph(), gold)
    assert prf(result, "admin_units") == (1.0, 0.75, 0.8571)


# ------------------------------------------------------------------ honors


def test_honor_recipient_by_alt_label(tmp_path):
    gold = gold_with(honors=[{"honor": "全国模范人民调解委员会", "recipient": "扬子江"}])
    assert prf(run(tmp_path, make_graph(), gold), "honors") == (1.0, 1.0, 1.0)
    gold = gold_with(honors=[{"honor": "全国模范人民调解委员会", "recipient": "骑马山街道"}])
    result = run(tmp_path, make_graph(), gold)
    assert prf(result, "honors") == (0.0, 0.0, 0.0)
    text = format_result(result, explain=True)
    assert "- missed: 全国模范人民调解委员会 → 骑马山街道" in text
    assert "+ invented: 全国模范人民调解委员会 → 扬子江街道" in text


def test_honor_with_two_recipients(tmp_path):
    extra = """
<honor/mftj> gov:awardedTo <unit/650103> .
"""
    gold = gold_with(
        honors=[
            {"honor": "全国模范人民调解委员会", "recipient": "扬子江街道"},
            {"honor": "全国模范人民调解委员会", "recipient": "沙区"},
            {"honor": "自治区双拥模范区", "recipient": "沙依巴克区"},
        ]
    )
    assert prf(run(tmp_path, make_graph(extra), gold), "honors") == (1.0, 0.6667, 0.8)


def test_a_shared_honors_recipient_named_only_by_another_report_is_not_this_reports(tmp_path):
    # one title, two reports: the other report's recipient is neither matched nor invented here
    extra = """
<unit/440300> a gov:PrefectureLevelUnit ; rdfs:label "深圳市"@zh ;
    gov:mentionedIn <report/bbbb/sentence/0-20> .
<report/bbbb/sentence/0-20> a gov:Sentence ; gov:text "深圳获评全国模范人民调解委员会" ;
    gov:start 0 ; gov:end 20 ; gov:inReport <report/bbbb> .
<honor/mftj> gov:awardedTo <unit/440300> .
"""
    assert prf(run(tmp_path, make_graph(extra)), "honors") == (1.0, 1.0, 1.0)


def test_a_shared_honors_recipient_of_another_report_that_this_report_also_names_is_not_this_reports(tmp_path):
    # 漳州's report names 深圳 once (a fair in 深圳), and 深圳's report gives 深圳 the same title: the honour node
    # carries both recipients, but only the one this report's honour sentence names is this report's pair
    extra = """
<unit/440300> a gov:PrefectureLevelUnit ; rdfs:label "深圳市"@zh ;
    gov:mentionedIn <report/bbbb/sentence/0-20>, <report/aaaa/sentence/90-110> .
<report/bbbb/sentence/0-20> a gov:Sentence ; gov:text "深圳获评全国模范人民调解委员会" ;
    gov:start 0 ; gov:end 20 ; gov:inReport <report/bbbb> .
<honor/mftj> gov:awardedTo <unit/440300> ; gov:mentionedIn <report/bbbb/sentence/0-20> .
"""
    result = run(tmp_path, make_graph(extra))
    assert prf(result, "honors") == (1.0, 1.0, 1.0)
    assert "深圳" not in format_result(result, explain=True)


# ---------------------------------------------------------------- metadata


def test_metadata_partially_wrong(tmp_path):
    report = REPORT.replace('gov:speaker "海赛尔·沙比提"', 'gov:speaker "海赛尔"').replace(
        '"2024-01-08"^^xsd:date', '"2024-01-18"^^xsd:date'
    )
    gold = gold_with()
    gold["meta"]["meeting"] = None  # not stated: not scored
    result = run(tmp_path, make_graph(report=report), gold)
    f = result.files[0]
    assert (f.metadata.n, f.metadata.d) == (4, 6)
    text = format_result(result, explain=True)
    assert "4/6" in text
    assert "speaker: 海赛尔·沙比提 ≠ 海赛尔" in text
    assert "date: 2024-01-08 ≠ 2024-01-18" in text


def test_metadata_missing_in_graph(tmp_path):
    report = REPORT.replace('gov:year "2024"^^xsd:gYear ; ', "")
    result = run(tmp_path, make_graph(report=report))
    assert (result.files[0].metadata.n, result.files[0].metadata.d) == (6, 7)
    assert "year: 2024 ≠ (none)" in format_result(result, explain=True)


# ------------------------------------------------------------- not built


def test_gold_whose_report_is_not_in_the_graph(tmp_path):
    g = make_graph()
    paths = [
        write_gold(tmp_path, GOLD),
        write_gold(tmp_path, gold_with(report="missing_2024.txt"), "m.gold.json"),
    ]
    result = evaluate(g, [load_gold(p) for p in paths])
    missing = result.files[1]
    assert not missing.built
    for kind in ("admin_units", "quantities", "projects", "programs", "organizations", "honors"):
        assert prf(result, kind, 1) == (0.0, 0.0, 0.0), kind
        assert missing.scores[kind].recall == 0.0
    assert (missing.metadata.n, missing.metadata.d) == (0, 7)
    # macro average over both files: (1 + 0) / 2
    assert result.average("quantities") == (0.5, 0.5, 0.5)
    text = format_result(result)
    assert "missing_2024.txt  NOT BUILT" in text
    assert "7/14" in text  # pooled metadata


def test_report_matched_on_base_name(tmp_path):
    gold = gold_with(report="reports/demo_2024.txt")
    report = REPORT.replace(
        'gov:sourceFile "demo_2024.txt"', 'gov:sourceFile "C:\\\\data\\\\demo_2024.txt"'
    )
    result = run(tmp_path, make_graph(report=report), gold)
    assert result.files[0].built


def test_kind_not_annotated(tmp_path):
    gold = gold_with()
    del gold["organizations"]
    result = run(tmp_path, make_graph(), gold)
    assert result.files[0].scores["organizations"] is None
    assert result.average("organizations") is None
    assert "n/a" in format_result(result)


# ------------------------------------------------------------- malformed


@pytest.mark.parametrize(
    "content, message",
    [
        ({"meta": {}}, '"report"'),
        ({"report": 12}, '"report"'),
        ({"report": "a.txt", "quantities": {}}, '"quantities"'),
        (
            {"report": "a.txt", "quantities": [{"raw": "1个", "value": "1", "unit": "个"}]},
            "quantities[0].value",
        ),
        (
            {
                "report": "a.txt",
                "quantities": [{"raw": "1个", "value": 1, "unit": "个", "target": "no"}],
            },
            "quantities[0].target",
        ),
        (
            {"report": "a.txt", "admin_units": [{"name": "x", "level": "city"}]},
            "admin_units[0].level",
        ),
        ({"report": "a.txt", "programs": ["a", 3]}, "programs[1]"),
        ({"report": "a.txt", "honors": [{"recipient": "x"}]}, "honors[0].honor"),
        ({"report": "a.txt", "meta": {"year": "二〇二四"}}, "meta.year"),
        ({"report": "a.txt", "meta": {"date": "2024/01/08"}}, "meta.date"),
        ([], "top level"),
    ],
)
def test_malformed_gold_raises(tmp_path, content, message):
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert message in str(info.value)
    assert "bad.gold.json" in str(info.value)


def test_unreadable_gold_raises(tmp_path):
    path = tmp_path / "broken.gold.json"
    path.write_text('{"report": "a.txt",', encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        load_gold(path)
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "nope.gold.json")


# ------------------------------------------------------------------ misc


def test_normalize_name():
    assert normalize_name("“乡村振兴”") == "乡村振兴"
    assert normalize_name(" 国家级示范区（单位） ") == "国家级示范区(单位)"
    assert normalize_name("'a' \"b\"") == "ab"
    assert normalize_name("互联网＋政务服务") == normalize_name("互联网+政务服务")
    assert normalize_name("１＋Ｎ") == "1+N"


def test_format_is_narrow_and_aligned(tmp_path):
    gold = gold_with()
    gold["quantities"].append(
        {
            "raw": "57.35亿元",
            "value": 5735000000,
            "unit": "元",
            "indicator": "地区生产总值",
            "target": False,
            "sentence": "57.35亿元",
        }
    )
    result = run(tmp_path, make_graph(), gold)
    text = format_result(result)
    lines = text.splitlines()
    assert all(len(line) <= 100 for line in lines)
    rows = [
        line for line in lines if line.startswith(("metric", "quantities", "honors", "admin units"))
    ]
    assert len({len(line) for line in rows}) == 1  # columns line up
    assert "quantities          5      4      4   1.000   0.800   0.889" in text


def test_shared_gold_files_load():
    gold_dir = Path("/work/shared/gold")
    paths = sorted(gold_dir.glob("*.gold.json"))
    if not paths:
        pytest.skip("shared gold files not present")
    for path in paths:
        gold = load_gold(path)
        assert gold.report.endswith(".txt")
        assert gold.quantities
