"""Round 23 (progHC, programs): a list of fields before 等…改革 is no list of reforms (kg/extract/entities/round23_fields.py,
called from programs.py `_reform_lists`).

文化、教育等改革, 国资国企、财税金融等改革, 科技、文化、卫生等体制改革: when every item of the list is a field word (the items the
corpus itself writes before 等领域改革, kg/data/round23_reform_fields.txt) the list says where reform goes on, as 等领域改革
does (shared/gold national 2024 names none of 财税金融、农业农村、生态环保等领域改革); the gold files of dev15, dev17, dev19,
dev21, dev23, dev24 and dev25 leave such bare items out (dev7 and dev13 list them). Items with a head of their own (土地管理体制,
户籍制度), quoted items, and bare items that are no field (容缺受理, 秒批秒办) keep the list as before.
Counted on 200 random corpus reports (seed 2307, eval/corpus_samples/entN/round23_progHC/).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
"""

from __future__ import annotations

import pytest

from kg.extract.entities.round23_fields import field_list
from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
CASES = [
    ("整合资源、优化配置，深化国资国企、财税金融等改革。", {"国资国企改革", "财税金融改革"}, set()),  # 滁州 2022
    ("科技、文化、卫生等体制改革扎实推进。", {"科技体制改革", "文化体制改革", "卫生体制改革"}, set()),  # 广东 2005
    ("继续深化国有企业改革，支持和引导非公有制经济发展，深化财税、金融、投资等体制改革，加快政府职能转变。",
     {"财税体制改革", "金融体制改革", "投资体制改革"}, {"国有企业改革"}),  # 山东 2006 (a reform named alone stays)
    # guards: bare items that are no field, an item with its own head
    ("全面落实企业投资项目承诺制、容缺受理、区域评估、模拟审批、帮办代办等改革举措，推动各审批平台互联互通。", set(),
     {"容缺受理改革", "区域评估改革", "模拟审批改革", "帮办代办改革"}),  # 庆阳 2022
    ("对标先进深化“放管服”改革，拓展容缺受理、秒批秒办等改革成果。", set(), {"容缺受理改革", "秒批秒办改革"}),  # 抚顺 2023
    ("财税、金融、户籍制度等改革稳步推进。", set(), {"户籍制度改革", "财税改革", "金融改革"}),  # 巴彦淖尔 2016
    ("同时，认真推进文化、医药卫生、土地管理体制、资源性产品价格等改革。", set(), {"土地管理体制改革"}),  # 安阳 2014
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_field_lists(text, absent, present):
    programs = extract(text)["programs"]
    assert not absent & programs, absent & programs
    assert present <= programs, present - programs


def test_field_list_words():
    assert field_list(["文化", "教育"])
    assert field_list(["国资国企", "财税金融", "公共资源交易"])
    assert field_list(["文化卫生", "教育"])  # two field words written together
    assert not field_list(["容缺受理", "教育"])
    assert not field_list(["土地管理体制", "金融"])
    assert not field_list(["教育"])
