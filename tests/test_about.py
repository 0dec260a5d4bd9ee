"""gov:about: the project or program a figure is about, only where the sentence makes it clear.

The sentences are from corpus reports (several provinces and decades); each is run through the whole
pipeline (kg.extract.about after resolution), so a change in what is extracted shows here too.
"""

from __future__ import annotations

import pytest

from kg import pipeline as P
from kg.read import document_from_text

HEAD = "政府工作报告\n——2023年1月10日在某市第十六届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n"


def links(sentence: str) -> dict[str, str | None]:
    """{surface text of each figure: the label of what it is about, or None}."""
    document = document_from_text(HEAD + sentence + "\n", "case.txt")
    gaz = P.gazetteer()
    report = P.structure_report(document)
    region = P.find_region(report, gaz)
    surface, official = P.scoped_townships(region, gaz)
    mentions = P.extract_mentions(report, gaz, surface)
    entities = P.resolve_entities(report, mentions, gaz, region, official)
    subjects = P.measurement_subjects(document.text, entities.measurements, entities.entities)
    return {m.surface: None if s is None else entities.entities[s].name
            for m, s in zip(entities.measurements, subjects, strict=True)}


@pytest.mark.parametrize(("sentence", "figure", "name"), [
    # the name, then the figure (a short predicate between them at most)
    ("农村饮水安全工程新增受益人口210万人。", "210万人", "农村饮水安全工程"),
    ("九家湾水库除险加固工程完成投资1.2亿元。", "1.2亿元", "九家湾水库除险加固工程"),
    ("建设高油酸花生原种扩繁基地1万亩。", "1万亩", "高油酸花生原种扩繁基地"),
    ("开展“六维引才”活动300余场，新引进急需紧缺人才1200人。", "300余场", "六维引才"),
    ("新建和改造提升“四好农村路”1万公里。", "1万公里", "四好农村路"),
    # round 26b (progNA): 减税降费36亿元 left this list: 减税降费 as an amount is no program any more (the golds leave it out), so
    # the figure has no subject (tests/test_round26b_progNA.py)
    ("完成“节能暖房工程”200万平方米，继续实施供热计量改革。", "200万平方米", "节能暖房工程"),
    # the figure as the name's attribute
    ("推动总投资10亿元的港航服务中心项目开工。", "10亿元", "港航服务中心"),
    ("投资400亿元的东华能源烷烃资源综合利用项目开工建设。", "400亿元", "东华能源烷烃资源综合利用"),
])
def test_a_figure_right_after_a_name_or_its_attribute_is_about_it(sentence, figure, name):
    found = links(sentence)
    assert found.get(figure) is not None and name in found[figure], found


@pytest.mark.parametrize(("sentence", "figure"), [
    # another clause: the figure is another matter
    ("启用市中心医院新门诊大楼，培养20名全省一流名医。", "20名"),
    ("成功举办2022全球服务贸易大会暨首届国际数字贸易峰会，数字贸易总额增长17%。", "17%"),
    ("实施城市公厕提标便民工程，新建改扩建旅游厕所1500座。", "1500座"),
    # a count of a list: not a fact of its first item
    ("完成南华小区、石鳌塘小区等16个老旧小区改造。", "16个"),
    ("稳步推进郑州儿童医院南院区等10个重点项目建设。", "10个"),
    # the second of two figures after one name, over another figure
    ("全年减税降费36亿元，金融系统让利12亿元。", "12亿元"),
])
def test_no_link_across_a_clause_a_list_or_another_figure(sentence, figure):
    found = links(sentence)
    assert figure in found and found[figure] is None, found


def test_the_build_writes_gov_about_for_the_sample(sample_build):
    text = (sample_build.out_dir / "graph.nq").read_text(encoding="utf-8")
    about = [line for line in text.splitlines() if "<https://w3id.org/govkg/def#about>" in line]
    assert about and all("/measurement/" in line.split()[0] for line in about)
    assert all(("/program/" in line.split()[2]) or ("/project/" in line.split()[2]) for line in about)
