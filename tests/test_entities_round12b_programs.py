"""Round 12b (coordination before a shared head, counted on 200 random corpus reports, seed 20261249): programs.

Each case is a sentence of a corpus report outside the regions of the held-out sets (and not the national reports);
the expected names follow ../shared/gold/GUIDELINES.md and the habits of the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# items ending with 体制/制度 before 和 and a last reform: each item shares the 改革, never one joined name nor a bare system
AND_SYSTEMS = [
    ("加快政府职能转变，深化财政体制、投资体制和行政审批制度改革，健全政府决策机制，建设服务政府、责任政府和法治政府。",  # 宁波 2006
     {"财政体制改革", "投资体制改革", "行政审批制度改革"}, {"投资体制和行政审批制度改革"}),
    ("深化农村产权制度、户籍制度和城乡管理制度改革，加快推进土地流转和林权制度配套改革。",  # 杭州 2011
     {"农村产权制度改革", "户籍制度改革", "城乡管理制度改革"}, {"农村产权制度", "户籍制度和城乡管理制度改革"}),
    ("加大高层次人才引进力度，深化企事业单位用人制度和分配制度改革，建立充满生机和活力的人才激励机制。",  # 济南 2006
     {"企事业单位用人制度改革", "分配制度改革"}, {"企事业单位用人制度和分配制度改革", "企事业单位用人制度"}),
    ("深化招生考试制度和毕业生分配制度改革。",  # 北京 1999
     {"招生考试制度改革", "毕业生分配制度改革"}, {"招生考试制度和毕业生分配制度改革", "招生考试制度"}),
]


@pytest.mark.parametrize(("text", "names", "wrong"), AND_SYSTEMS)
def test_system_items_before_and_share_the_reform(text: str, names: set[str], wrong: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not wrong & found


def test_an_item_that_is_no_system_keeps_the_list_from_it_on() -> None:
    # 农村改革试验区 is a zone of its own: the systems after it still share the 改革 (无锡 is held out: 荆州 2016's words)
    found = extract("推进农村改革试验区、农村集体产权制度和农村宅基地制度改革。")["programs"]
    assert {"农村集体产权制度改革", "农村宅基地制度改革"} <= found
    assert "农村改革试验区改革" not in found and "农村集体产权制度" not in found


def test_a_clause_after_and_is_not_a_shared_reform() -> None:
    # 健全…制度和完善…配套改革: two verbs, so the system before 和 takes no 改革
    found = extract("以健全严格规范的农村土地管理制度和完善集体林权制度配套改革为重点。")["programs"]
    assert "农村土地管理制度改革" not in found


# media before one 污染防治 plan or campaign: each medium names the plan (大气污染防治行动计划 is the national 大气十条)
MEDIA = [
    ("深入实施大气、水、土壤污染防治行动计划，重点在城乡垃圾污水处理和环境综合治理方面取得突破。",  # 哈尔滨 2017
     {"大气污染防治行动计划", "水污染防治行动计划", "土壤污染防治行动计划"}),
    ("全面打好大气、水、土壤污染防治攻坚战，300兆瓦以上燃煤火电机组超低排放改造完成。",  # 嘉峪关 2020
     {"大气污染防治攻坚战", "水污染防治攻坚战", "土壤污染防治攻坚战"}),
    ("落实国家和省大气、水污染防治行动计划。",  # the scope before the media is no part of the plans' names
     {"大气污染防治行动计划", "水污染防治行动计划"}),
]


@pytest.mark.parametrize(("text", "names"), MEDIA)
def test_each_medium_names_the_plan(text: str, names: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not any(n.startswith(("国家和省", "省大气")) or n == "国家和省大气行动计划" for n in found)


def test_waste_water_is_no_medium() -> None:
    found = extract("加强污水、大气污染防治行动计划落实。")["programs"]
    assert "水污染防治行动计划" not in found


# a verb of aim at the start of a program: the name is what follows; nothing when what follows is generic
ENSURE = [
    ("投入14.52亿元，确保社会养老保险制度改革顺利实施，社会基本医疗保险年度最高支付限额由10万元提高到15万元。",  # 东莞 2010
     "社会养老保险制度改革", "确保社会养老保险制度改革"),
    ("在国有企业改革中，要重点解决职工安置、国有资产处置和企业办社会等突出问题，确保全省国有企业改革取得突破性进展。",  # 海南 2002
     "全省国有企业改革", "确保全省国有企业改革"),
    ("严格落实“菜篮子”市长负责制，力争国家食品安全示范城市创建取得成功。",  # 六盘水 2023 (words shortened)
     "国家食品安全示范城市创建", "力争国家食品安全示范城市创建"),
]


@pytest.mark.parametrize(("text", "name", "wrong"), ENSURE)
def test_aim_verb_is_no_part_of_the_name(text: str, name: str, wrong: str) -> None:
    found = extract(text)["programs"]
    assert name in found
    assert wrong not in found


def test_aim_verb_before_a_generic_reform_leaves_nothing() -> None:
    # 湖南 2017: 关键领域改革 names no program
    found = extract("把握“进”的方向，确保关键领域改革取得新突破，创新开放发展形成新局面。")["programs"]
    assert not any(n.startswith("确保") for n in found)
    assert "关键领域改革" not in found


def test_a_comprehensive_reform_after_and_is_the_last_items_alone() -> None:
    # 辽宁 2014: 深化基本药物制度 and 基层医疗卫生机构综合改革; the system takes no 改革
    found = extract("深化基本药物制度和基层医疗卫生机构综合改革，完善分级诊疗制度。")["programs"]
    assert "基本药物制度改革" not in found
