"""Round 22 (progFA, programs; names without a programme head, recurring across sets): the registration of rural land
rights, `<land rights>确权登记颁证` (确权颁证, 确权登记发证, 确权登记), is a program (kg/extract/entities/round22_programs.py).
Missed before in dev14, dev16, dev17, dev18 and dev20 (listed by the gold files of dev5, dev14, dev16, dev17, dev18, dev20);
counted on 200 random corpus reports (seed 2203, eval/corpus_samples/entN/round22_progFA/).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
Guards: a rate, an honour title, natural resources (自然资源统一确权登记), a building area, an object with no land word.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
CASES = [
    ("基本完成农村土地承包经营权确权登记颁证，启动集体经营性建设用地入市试点。", {"基本完成农村土地承包经营权确权登记颁证"},
     {"农村土地承包经营权确权登记颁证"}),  # 上海 2016
    ("土地承包经营权确权颁证和农村集体资产清产核资基本完成。", set(), {"土地承包经营权确权颁证"}),  # 自贡 2021
    ("农村承包地确权登记颁证全面到户，农村集体产权制度改革覆盖全省，国有林场改革通过国家验收。", set(),
     {"农村承包地确权登记颁证"}),  # 福建 2020
    ("稳慎推动农村宅基地制度改革，开展农村宅基地使用权确权颁证工作。", {"农村宅基地使用权确权颁证工作"},
     {"农村宅基地使用权确权颁证"}),  # 山西 2019
    ("全面完成农村集体经济组织证书颁发和农村集体土地所有权确权登记发证。", {"和农村集体土地所有权确权登记发证"},
     {"农村集体土地所有权确权登记发证"}),  # 佛山 2015
    ("基本完成农村集体土地所有权确权登记颁证工作，启动牧区草原承包经营权确权登记颁证试点。", set(),
     {"农村集体土地所有权确权登记颁证", "牧区草原承包经营权确权登记颁证试点"}),  # 甘肃 2013 (the pilot: the pilot rules)
    ("开展集体建设用地使用权确权登记，建立集体建设用地跨村流转机制。", set(), {"集体建设用地使用权确权登记"}),  # 上海 2016
    # guards: a rate (an indicator), an honour title, natural resources, a building area, no land word
    ("农村土地承包经营权确权登记颁证率达94%。", {"农村土地承包经营权确权登记颁证", "农村土地承包经营权确权登记颁证率"},
     set()),  # 东莞 2019
    ("深入开展经济生态生产总值核算，全面实行自然资源统一确权登记。", {"自然资源统一确权登记"}, set()),  # 赣州 2021
    ("获评全国农村承包地确权登记颁证工作先进个人1人，市看守所女子监区荣获全国三八红旗集体。", {"农村承包地确权登记颁证"},
     set()),  # 宿州 2021
    ("出台存量农村宅基地确权登记办法，创造性地解决了因无法分户导致不能以“户”申请宅基地的政策障碍。", {"农村宅基地确权登记"},
     set()),  # 南宁 2016 (a document)
    ("新分配公租房4280套，拆除棚户区119万平方米，完成房屋确权登记1008万平方米。", {"房屋确权登记"}, set()),  # 长春 2018
    ("基本完成集体林权制度改革确权发证任务，扩大国有林场改革试点。", {"确权发证", "集体林权制度改革确权发证"},
     set()),  # 湖南 2010
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_land_rights_registration(text: str, absent: set[str], present: set[str]) -> None:
    programs = extract(text)["programs"]
    assert present <= programs, (present - programs, programs)
    assert not (absent & programs), (absent & programs, programs)
