"""Periods of figures: one year (gov:refPeriod) or a span of years (gov:periodStart, gov:periodEnd)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from kg.consts import GOV
from kg.extract.measurements import find_measurements
from kg.extract.periods import Period, figure_period, spans_in
from kg.pipeline import process_document
from kg.read import document_from_text
from kg.structure import structure_report

ROOT = Path(__file__).resolve().parent.parent

# The national report of 2023 (reviewing 2022), 一、 of its review: five-year and ten-year averages.
NATIONAL_2023 = """政府工作报告
——2023年3月5日在第十四届全国人民代表大会第一次会议上
国务院总理 李克强
各位代表：
一、过去五年工作回顾
过去五年极不寻常、极不平凡。
——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长。
"""


def periods_of(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    report = structure_report(document_from_text(text, "report.txt"))
    return [(m.surface, m.period, m.period_start, m.period_end) for m in find_measurements(report)]


def test_national_five_and_ten_year_averages():
    assert periods_of(NATIONAL_2023) == [
        ("121万亿元", 2022, None, None),  # a level: the value at the end of the five years
        ("5.2%", None, 2018, 2022),
        ("70万亿元", None, 2013, 2022),
        ("6.2%", None, 2013, 2022),
    ]


@pytest.mark.parametrize(("clause", "sentence", "context", "target", "expected"), [
    # 十四五 targets in a 2021 report: the plan's five years
    ("“十四五”时期，地区生产总值年均增长", "“十四五”时期，地区生产总值年均增长5.5%-6%。", "", True, Period(2021, 2025)),
    # an explicit range of years
    ("预计2016—2020年（下同），全市地区生产总值年均增长", "", "", False, Period(2016, 2020)),
    # 年均 with the span in the paragraph before
    ("一般公共预算收入年均增长", "一般公共预算收入年均增长4.2%。", "一、“十三五”时期工作回顾\n", False, Period(2016, 2020)),
    # 到2025年 with an average: from the report's year to the horizon; a level: the horizon
    ("年均增长", "到2025年，全市经济总量突破2000亿元，年均增长7.5%左右。", "", True, Period(2021, 2025)),
    ("到2025年，全市经济总量突破", "到2025年，全市经济总量突破2000亿元，年均增长7.5%左右。", "", True, Period(2025, 2025)),
    # not spans: a streak, a comparison with the end of a plan, a three-year action's name
    ("地区生产总值连续三年增长", "地区生产总值连续三年增长3.6%。", "", False, Period(2020, 2020)),
    ("比“十二五”末提高", "比“十二五”末提高5个百分点。", "", False, Period(2020, 2020)),
    ("是“十一五”的", "累计完成全社会固定资产投资1443.3亿元，是“十一五”的2.9倍。", "", False, Period(2020, 2020)),
    ("实施三年行动，新增", "实施三年行动，新增就业岗位2万个。", "", True, Period(2021, 2021)),
    # the starting point of a change is the earlier year's
    ("第三产业占比由2015年的", "第三产业占比由2015年的39.4%提高到44.4%。", "", False, Period(2015, 2015)),
])
def test_figure_period(clause, sentence, context, target, expected):
    assert figure_period(clause, sentence or clause, context, target=target, year=2021, review_year=2020,
                         plan=target, kind="growth") == expected


def test_past_years_count_back_from_the_review_year():
    assert [p for _end, p in spans_in("过去五年，", 2023, 2022, plan=False)] == [Period(2018, 2022)]
    assert [p for _end, p in spans_in("今后五年，", 2023, 2022, plan=True)] == [Period(2023, 2027)]
    assert spans_in("五年来，", 2023, 2022, plan=True) == []  # the plan part does not look back


def test_span_is_emitted_without_a_single_year_and_conforms():
    doc = document_from_text(NATIONAL_2023, "national-2023.txt")
    _iri, triples, _summary = process_document(doc, "https://w3id.org/govkg/id/")
    g = Graph()
    for t in triples:
        g.add(t)
    by_surface = {str(g.value(m, GOV.surfaceText)): m for m in g.subjects(RDF.type, GOV.Outcome)}
    five = by_surface["5.2%"]
    assert g.value(five, GOV.refPeriod) is None
    assert g.value(five, GOV.periodStart) == Literal("2018", datatype=XSD.gYear)
    assert g.value(five, GOV.periodEnd) == Literal("2022", datatype=XSD.gYear)
    level = by_surface["121万亿元"]
    assert g.value(level, GOV.refPeriod) == Literal("2022", datatype=XSD.gYear)
    assert g.value(level, GOV.periodStart) is None
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    conforms, _results, text = validate(g, shacl_graph=shapes, inference="none")
    assert conforms, text
