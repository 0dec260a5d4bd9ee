"""Round 14 (projects and organizations, counted on 200 random corpus reports, seed 1414, regions of the held-out
sets left out): a name ending inside an open bracket, an institution followed by 的 and a tie, 建设 inside a company's
name, association heads, a count inside a name, and a verb opening an organization's name.

Each case is a sentence of a corpus report outside the regions of the held-out sets (and not the national reports);
the expected names follow ../shared/gold/GUIDELINES.md (organizations: named companies, schools, hospitals,
associations…; projects: named works and events).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


def _names(found: dict) -> set[str]:
    return found["projects"] | found["organizations"]


# a head inside brackets: the name is the part before the bracket (the alias is the same thing's other name)
BRACKETED = [
    ("公立医院改革和基层卫生综合改革平稳推进，市立医院与复星集团合作项目签约，市公共卫生中心、市妇女儿童医院（市妇幼保健院）开工。",
     "市妇女儿童医院"),  # 台州 2015
    ("推进省图书馆二期建设，开工建设省艺术中心、省美术馆、海南科技馆、国际传媒港（省新闻中心）、华侨博物馆等文体设施。",
     "国际传媒港"),  # 海南 2021
    ("襄阳四中新校区投入使用，武汉理工大学襄阳研究生院开工建设，华中农业大学襄阳校区（现代农业研究院）前期工作扎实推进。",
     "华中农业大学襄阳校区"),  # 襄阳 2021
]


@pytest.mark.parametrize(("text", "name"), BRACKETED)
def test_a_name_never_ends_inside_an_open_bracket(text: str, name: str) -> None:
    found = _names(extract(text))
    assert name in found, found
    assert not any(n.count("（") != n.count("）") for n in found), found


NO_NAME_BEFORE_BRACKET = [
    "宁波高新区、石化经济技术开发区、空港保税物流中心升格为国家级开发区（园区）。",  # 宁波 2012
    "指将企业（含农民专业合作社）登记时依次申请，分别由工商行政管理部门核发工商营业执照。",  # 江西 2016
]


@pytest.mark.parametrize("text", NO_NAME_BEFORE_BRACKET)
def test_a_bracket_with_no_name_before_it_names_nothing(text: str) -> None:
    found = _names(extract(text))
    assert not any("（" in n for n in found), found
    assert "企业" not in found and "区" not in found, found


# 的 after an institution, then a tie or a role: the institution is named
TIED = [
    ("进一步强化与粤海集团的战略合作，尽快完成粤海园区概念性总体规划和产业规划，力争项目于今年动工。", "粤海集团"),  # 东莞 2013
    ("建设高水平大学和特色学院，推进与浙江大学的战略合作。", "浙江大学"),  # 宁波 2016
    ("推进江西安康人寿保险公司的组建，鼓励和支持各级保险公司开展多种形式的农村保险。", "江西安康人寿保险公司"),  # 江西 2007
    ("整合全市风力资源，换来与华润集团的战略合作，围绕成立“一个公司”、搭建“两个平台”。", "华润集团"),  # 佳木斯 2022
]


@pytest.mark.parametrize(("text", "name"), TIED)
def test_an_institution_before_de_and_a_tie_is_named(text: str, name: str) -> None:
    assert name in extract(text)["organizations"]


def test_the_tied_head_is_not_shared_across_a_list() -> None:
    found = extract("引进了中国通用技术集团，实现了与齐二机床、哈量集团的战略重组。")["organizations"]  # 黑龙江 2010
    assert "哈量集团" in found, found
    assert "齐二机床集团" not in found, found


def test_de_before_other_words_still_ends_no_name() -> None:
    found = _names(extract("显著增强上海国际航运中心的辐射力和影响力。"))
    assert not any("增强" in n for n in found), found


# 建设 inside a company's name is no verb
BUILDING_COMPANIES = [
    ("深化国企国资改革，组建云浮市基础设施建设投资集团，国有经济竞争力不断提升。", "云浮市基础设施建设投资集团"),  # 云浮 2022
    ("组建河南铁路建设投资集团，推进经营性国有资产集中统一监管。", "河南铁路建设投资集团"),  # 河南 2022
]


@pytest.mark.parametrize(("text", "name"), BUILDING_COMPANIES)
def test_jianshe_inside_a_company_name(text: str, name: str) -> None:
    found = extract(text)["organizations"]
    assert name in found, found
    assert "投资集团" not in found, found


# associations by their own heads
ASSOCIATIONS = [
    ("成功举办鲁商助力延边发展等招商大会，顺利承办东北亚产业园区对话会，成立延商联合会。", "延商联合会"),  # 延边 2023
    ("坚持迈开两条腿、对接厅局和部委，与省科学院、河北省数字经济联合会达成合作。", "河北省数字经济联合会"),  # 邢台 2023
]


@pytest.mark.parametrize(("text", "name"), ASSOCIATIONS)
def test_associations(text: str, name: str) -> None:
    assert name in extract(text)["organizations"]


def test_a_bare_association_kind_is_no_name() -> None:
    found = extract("支持老龄委员会、残疾人联合会、关心下一代协会等组织的工作。")["organizations"]
    assert "残疾人联合会" not in found, found


# a count with its measure word inside a name: no one thing
COUNTED = [
    "推动企业能级跃升，净增规上工业企业110家，新增限上商贸主体80家、规上服务业企业20家。",  # 铜陵 2025
    "深化审批制度改革，健全“两家两中心”服务体系，完善网上服务功能。",  # 杭州 2011
    "9.全市开工建设3～5座垃圾焚烧发电厂",  # 宿州 2014
]


@pytest.mark.parametrize("text", COUNTED)
def test_a_count_inside_a_name_names_nothing(text: str) -> None:
    found = _names(extract(text))
    assert not found, found


def test_an_ordinal_stays_in_a_name() -> None:
    assert "浦东国际机场第二条跑道" in extract("加快浦东国际机场第二条跑道建设。")["projects"]


# a verb opening an organization's name where a place or a name opens the rest
LEAD_VERBS = [
    ("积极筹办江门幼儿师范高等专科学校。", "江门幼儿师范高等专科学校"),  # 江门 2014
    ("推进高等教育现代化，全面改善钦州幼儿师范高等专科学校软硬件设施，加快筹建北部湾大学医学院。",
     "钦州幼儿师范高等专科学校"),  # 钦州 2021
    ("深入推进金融领域改革化险，妥善处置原包商银行、新时代信托风险。", "原包商银行"),  # 内蒙古 2023
    ("提高高等教育办学质量，盘整闽江学院和福州职业技术学院市区资源。", "闽江学院"),  # 福州 2009
]


@pytest.mark.parametrize(("text", "name"), LEAD_VERBS)
def test_a_verb_is_no_part_of_an_organization_name(text: str, name: str) -> None:
    found = extract(text)["organizations"]
    assert name in found, found
    assert not any(n.endswith(name) and n != name for n in found), found


def test_a_verb_inside_a_word_stays() -> None:
    found = extract("新增上市公司26家、融资性担保公司79家、小额贷款公司27家。")["organizations"]  # 宁波 2012
    assert not any(n.startswith("性") for n in found), found


def test_a_place_holding_a_numeral_and_jia_is_no_count() -> None:
    found = extract("实施九家湾水库除险加固、阿勒泰路冒溢点源头减排、建筑小区海绵化改造等工程。")["projects"]
    assert "九家湾水库除险加固" in found, found


# a 工程 named by a pumping station, dredging or a waterway is works, not a program
PHYSICAL_WORKS = [
    ("提档升级长江干流堤防，加快建设花马湖泵站扩容工程。", "花马湖泵站扩容工程"),  # 鄂州 2025
    ("实施东湖清淤工程，加快连城路片区等区域防洪排涝设施建设。", "东湖清淤工程"),  # 宁德 2023
]


@pytest.mark.parametrize(("text", "name"), PHYSICAL_WORKS)
def test_physical_works(text: str, name: str) -> None:
    found = extract(text)
    assert name in found["projects"], found
    assert not any(name in p for p in found["programs"]), found
