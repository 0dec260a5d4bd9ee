"""Indicator spans, issue #4 round 25 (indEA): the left edge. Every sentence is from a corpus report (place/year in the
comment), not from the gold files' passages.

Fix: a count written right after its noun, with a governing verb (governing_verbs.txt, jieba v, not one of
indicator_attributive.txt) inside the span before it, after at least two characters of who, where, how or in which
plan, counts the verb's object (既有住宅增设电梯186台 -> 电梯, 市区改造老旧小区40个 -> 老旧小区), as the official 沙依巴克 file
(降氮改造燃气锅炉27台 -> 燃气锅炉), dev3 (老旧住宅小区增设电梯 -> 电梯) and samples C and D (整体绿化改造道路 -> 道路,
紧急转移安置群众 -> 群众) read it. Names whose object is the head of a compound (乡村治理示范村, 技术转移中心), whose verb
qualifies a noun (就业帮扶基地车间, 村落保护利用示范村), policies named by what they support, and amounts of people
(农村转移劳动力, 供水覆盖人口) stay whole.
"""

from __future__ import annotations

import pytest

from kg.extract.round25_indEA import object_of_inner_verb
from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("改造老旧小区258个、棚户区16277套（户），既有住宅增设电梯186台。", "186台", "电梯"),  # 雅安/2022
    ("市区改造老旧小区40个、楼体191栋，涉及群众9500户，公租房租赁补贴惠及低收入群体4000户。", "40个", "老旧小区"),  # 黑河/2021
    ("购置节能环保型公交车230辆，启动智慧交通建设，智能化改造公交线路26条，改善了市民出行条件。", "26条", "公交线路"),  # 威海/2014
    ("全市紧急转移安置群众16.3万人，争取上级资金13.67亿元，自筹资金2.18亿元。", "16.3万人", "群众"),  # 抚顺/2014
    ("加强与上海等地名院、名校合作，柔性引进知名专家设立工作室5个以上，实施名医培养工程。", "5个", "工作室"),  # 池州/2025
    ("深入实施数字经济“一号工程2.0版”，数字化改造工业企业600家，形成5个数字经济百亿产业集群。", "600家", "工业企业"),  # 嘉兴/2021
    ("配合市人大及其常委会出台地方性法规78件，制定政府规章77件。", "78件", "地方性法规"),  # 上海/2023
    ("中心城区改造棚户区2万套，推进建设棚改安置房1.4万套，综合整治背街小巷165条。", "2万套", "棚户区"),  # 襄阳/2019
    ("采取“揭榜挂帅”等方式组织实施重大科技项目10项和科技成果转化项目150项。", "10项", "重大科技项目"),  # 南宁/2023
])
def test_count_names_the_object_of_an_inner_verb(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)
    assert found[figure] == indicator
    assert len(found[figure]) < len(sentence)  # not the clause with who did it


@pytest.mark.parametrize("sentence, figure, indicator", [
    # the head of a compound name: the words before the verb qualify it
    ("培育文明乡风，创建国家级乡村治理示范村2个。", "2个", "国家级乡村治理示范村"),  # 大庆/2023
    ("创成省级美丽乡村示范乡镇16个、未来乡村38个、历史文化（传统）村落保护利用示范村6个，数量均居全省第1。", "6个",
     "历史文化（传统）村落保护利用示范村"),  # 温州/2023
    ("力争引进技术转移中心30家。", "30家", "技术转移中心"),  # 温州/2023
    ("实施老旧小区改造项目20个，建设棚户区改造回迁住房1396套。", "20个", "老旧小区改造项目"),  # 大庆/2023
    # an attributive verb (帮扶 qualifies 车间)
    ("建成就业帮扶基地车间193家，公益性岗位兜底安置1345人。", "193家", "就业帮扶基地车间"),  # 张家界/2023
    # amounts of people a verb qualifies
    ("城镇新增就业48万人，新增农村转移劳动力60.4万人，分别完成年计划126.4%、116.1%；", "60.4万人",
     "农村转移劳动力"),  # 江西/2022
    ("新增农村规模化供水覆盖人口10万人，农村生活污水治理率超过80%。", "10万人", "农村规模化供水覆盖人口"),  # 海南/2024
    ("稳定培养农技骨干人才60名左右、农技推广人才400名左右。", "400名", "农技推广人才"),  # 呼和浩特/2021
    # a designation by who grants it
    ("科技创新能力加强，新增国家认定企业技术中心5家、国家创新型企业7家。", "5家", "国家认定企业技术中心"),  # 四川/2009
    ("省重点推进产业项目48项，完成投资160亿元，年均增长25.8%。", "48项", "省重点推进产业项目"),  # 黑河/2014
])
def test_compound_names_stay_whole(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("name, expected", [
    ("既有住宅增设电梯", "电梯"),  # 推动既有住宅增设电梯30部 (corpus, many reports)
    ("计划改造棚户区", "棚户区"),  # 黑河/2021
    ("金融支持民营经济发展壮大措施", "金融支持民营经济发展壮大措施"),  # a policy named by what it supports
    ("减免税费、降低用地成本", "减免税费、降低用地成本"),  # a list of actions
    ("规模以上工业企业新增入统", "规模以上工业企业新增入统"),  # no noun after the verb
    ("新三板挂牌公司", "新三板挂牌公司"),  # 挂牌 is no governing verb of the list
])
def test_object_of_inner_verb(name: str, expected: str) -> None:
    assert object_of_inner_verb(name) == expected


def test_only_counts_written_after_their_noun() -> None:
    # 雅安/2022: a count before its noun is after()'s business; an amount of money is not a count
    found = indicators_of("既有住宅增设电梯186台，投入资金3.2亿元。")
    assert found["186台"] == "电梯"
    assert found["3.2亿元"] != "电梯"
