"""Round 15 (honW, honors; structures counted on 200 random corpus reports, seed 1504, eval/corpus_samples/honW/).

Each case is a sentence of a corpus report outside those 200 reports (report and year after it); the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_entities import extract


# fix 1: a subject joined by 及/与/和 that is one name (an industry's cluster, a case, a project) stays whole; items that
# are names of their own are still split, and 和 inside a town's name (和顺古镇, 太和镇) splits nothing
@pytest.mark.parametrize("text, pairs", [
    ("经济技术开发区（头屯河区）风电装备及高端专用设备制造产业集群获评全国中小企业特色产业集群。",  # 乌鲁木齐 2023
     {("全国中小企业特色产业集群", "经济技术开发区（头屯河区）风电装备及高端专用设备制造产业集群")}),
    ("经开区生物医药产业集群、高新区网络信息安全产品和服务产业集群入选国家战略性新兴产业集群发展工程。",  # 天津 2020
     {("国家战略性新兴产业集群发展工程", "经开区生物医药产业集群"),
      ("国家战略性新兴产业集群发展工程", "高新区网络信息安全产品和服务产业集群")}),
    ("和顺古镇创成5A级景区。", {("5A级景区", "和顺古镇")}),  # 保山 2023
    ("和平村荣获中国美丽休闲乡村称号。", {("中国美丽休闲乡村", "和平村")}),  # 本溪 2020
    ("太和镇陈太村、段店镇百席村入选全国乡村治理示范村。",  # 鄂州 2022
     {("全国乡村治理示范村", "太和镇陈太村"), ("全国乡村治理示范村", "段店镇百席村")}),
])
def test_one_name_joined_by_a_conjunction(text, pairs):
    assert extract(text)["honors"] == pairs


@pytest.mark.parametrize("text, pairs", [
    ("先进结构材料和生物医药入选国家首批战略性新兴产业集群。",  # 烟台 2022: two industries, each a cluster
     {("国家战略性新兴产业集群", "先进结构材料"), ("国家战略性新兴产业集群", "生物医药")}),
    ("湿地保护模式和乡村振兴“施茶样板”入选国家生态文明试验区改革成果案例。",  # 海口 2024: two ways of working
     {("国家生态文明试验区改革成果案例", "湿地保护模式"), ("国家生态文明试验区改革成果案例", "施茶样板")}),
    ("石林县和摩站村入选“中国美丽休闲乡村”。",  # 昆明 2023: places are items of their own
     {("中国美丽休闲乡村", "石林县"), ("中国美丽休闲乡村", "摩站村")}),
])
def test_items_joined_by_a_conjunction_stay_apart(text, pairs):
    assert extract(text)["honors"] == pairs


# fix 2: the reporting region of an excerpt whose title block names no place (——…在第十五届人民代表大会…上 / 市长 侯刚 /
# 我代表市人民政府…): the unit of the title's level that the divisions the text names lie in; a subordinate unit named
# once (兴宁区, 老城区) is no region, and None is better than a wrong one. The excerpts (tests/data/round15_honW/) are cut
# from corpus reports outside the 200 (seed 1505) by eval/corpus_samples/honW/excerpt_regions.py.
EXCERPTS = Path(__file__).parent / "data" / "round15_honW"


def _region_of(name: str) -> str | None:
    from kg.gazetteer import gazetteer
    from kg.read import document_from_text
    from kg.resolve import find_region
    from kg.structure import structure_report

    text = (EXCERPTS / name).read_text(encoding="utf-8")
    division = find_region(structure_report(document_from_text(text, name)), gazetteer())
    return division.name if division else None


@pytest.mark.parametrize("name, region", [
    ("南宁市_2024.txt", "南宁市"),  # 市长, 我代表市: not 兴宁区
    ("宁夏回族自治区_2003.txt", "宁夏回族自治区"),  # 自治区主席: not 银川市
    ("甘肃省_2011.txt", "甘肃省"),  # 代省长: 酒泉, 兰州… lie in 甘肃省 (no region before)
    ("安徽省_2004.txt", "安徽省"),
    ("乌鲁木齐市_2020.txt", "乌鲁木齐市"),  # 老城区 (a district of 洛阳) is a common noun here
])
def test_region_of_a_title_less_excerpt(name, region):
    assert _region_of(name) == region


@pytest.mark.parametrize("name, wrong", [
    ("厦门市_2000.txt", "老城区"),
    ("周口市_2014.txt", "川汇区"),  # a district named in a 市长's excerpt is not the reporting unit
])
def test_no_subordinate_unit_as_region(name, wrong):
    assert _region_of(name) != wrong
