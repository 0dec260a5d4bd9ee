"""Round 12c (organizations, counted on 200 random corpus reports, seed 1231): a level of schooling and a bare head
after 和/与/及 are no institution.

Each case is a sentence of a corpus report outside the regions of the held-out sets (and not the national reports);
the expected names follow ../shared/gold/GUIDELINES.md (organizations: named schools, companies, associations…).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# 高中/初中 after a kind word (普及 普通 优质 公办…) or before what is said of the level (阶段 学生 毛入学率…)
LEVELS = [
    ("大力发展教育事业，新建、改扩建中小学校舍面积46.2万平方米，自治区级优质普通高中达71所。", "优质普通高中"),  # 新疆 2026
    ("千方百计增加城乡居民收入，特别是提高中低收入群体收入，不断提高消费能力。", "特别是提高中"),  # 沈阳 2009
    ("加快电源点建设和电网改造，逐步提高中水利用的规模和水平。", "逐步提高中"),  # 宁波 2004
    ("16个县市通过国家义务教育基本均衡发展验收，学前三年毛入园率、义务教育巩固率和高中阶段毛入学率均超过全省平均水平。",
     "率和高中"),  # 黔东南 2022
    ("全面普及高中阶段教育，高等教育毛入学率达到60%。", "普及高中"),
]


@pytest.mark.parametrize(("text", "wrong"), LEVELS)
def test_a_level_of_schooling_is_no_school(text: str, wrong: str) -> None:
    found = extract(text)
    assert not any(name.endswith(("高中", "初中")) for name in found["organizations"] | found["projects"]), found
    assert wrong not in found["organizations"]


def test_a_named_high_school_stays() -> None:
    # 延边 2023; a school named by a place or a university is an institution, also opened or as a branch
    # round 15b: the branch is named whole, as the studied sets name branches (兵科院宁波分院, 中科院工程热物理所大同分所)
    found = extract("新增城区独立公办幼儿园7所，吉大高中延吉分校即将挂牌。")
    assert "吉大高中延吉分校" in found["organizations"] | found["projects"]
    found = extract("新设幼儿园38所，齐鲁高中投入使用，完成15个项目。")
    assert "齐鲁高中" in found["organizations"] | found["projects"]


# a bare head right after 和/与/及 whose left part names no institution of that head
BARE_AFTER_AND = [
    ("重点扶持13个省级中心镇的发展，强化其总体功能和中心作用。", "其总体功能和中心"),  # 广州 2002
    ("副中心城市和中心镇建设步伐加快，撤镇（乡）建街道等行政区划调整有序展开。", "副中心城市和中心"),  # 宁波 2004
    ("鼓励支持各县区和商会组织建设财富中心、会展中心和电商孵化器。", "各县区和商会"),  # 陇南 2014
    ("凝聚政府和社会组织帮扶合力，加强区域品牌、行业品牌和联盟标准建设。", "行业品牌和联盟"),  # 中山 2016
]


@pytest.mark.parametrize(("text", "wrong"), BARE_AFTER_AND)
def test_a_bare_head_after_and_names_no_institution(text: str, wrong: str) -> None:
    found = extract(text)
    assert wrong not in found["organizations"] and wrong not in found["projects"]


@pytest.mark.parametrize(("text", "name"), [
    ("开封发投公司与上海均和集团合资经营，实现贸易额19.7亿元。", "上海均和集团"),  # 开封 2020: 均和, a trading name
    ("成立全区首家碳中和研究院。", "碳中和研究院"),  # 和 inside 碳中和
    ("积极引进北京协和医院等优质医疗资源。", "北京协和医院"),
])
def test_a_name_holding_and_before_its_head_stays(text: str, name: str) -> None:
    assert name in extract(text)["organizations"]


# 平台公司 named by kind words is a kind of state company, not a named one (276 corpus reports say 平台公司)
@pytest.mark.parametrize(("text", "wrong"), [
    ("稳妥推动地方平台公司市场化实体化转型。", "地方平台公司"),  # 贵州 2022
    ("有序推进涉农国有平台公司市场化实体化转型。", "涉农国有平台公司"),  # 贵州 2022
    ("组建国企运营平台公司，建设市县两级综合性游客集散中心，完善景区配套设施。", "国企运营平台公司"),  # 汕尾 2023
    ("进一步深化投融资体制改革，做实投融资公司，力争启动9个项目。", "投融资公司"),  # 西双版纳 2014
])
def test_a_platform_company_of_kind_words_is_no_name(text: str, wrong: str) -> None:
    assert wrong not in extract(text)["organizations"]


def test_a_platform_company_named_by_a_place_stays() -> None:
    found = extract("组建玉溪国际班列平台公司，开行中老中越国际冷链货运列车。")  # 玉溪 2024
    assert "玉溪国际班列平台公司" in found["organizations"]
