"""Round 14d (organizations, recall on unseen text; causes counted on 200 random corpus reports, seed 1440): an
institution named by an abbreviated head — 职院, 职校, 附院 (一附院, 二附院), 农科院, 林科院, 农科所, 医科大, 国投 — is an
organization, named by its place or school as any institution head is (恩施职院, 省农科院, 蚌医一附院); 高职院 and
中职院 are levels of schooling, not one institution, and a bare 城投 is a kind of company; XX国投 is a city's
investment company (汉江国投).

Each case is a sentence of a corpus report outside the regions of the held-out sets (and not the national reports);
the expected names follow ../shared/gold/GUIDELINES.md (organizations: named universities, schools, institutes).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

NAMED = [
    ("办好公平优质教育，新增公办普惠幼儿学位1.36万个，在全省率先推行义务教育集团化办学，鞍职院首批招生实现开门红，"
     "辽科大研究生招生增长51%。", {"鞍职院"}),  # 鞍山 2021
    ("坚持教育优先优质发展，中小学幼儿园新开工60所、新竣工66所，评选首届特级教师、校长、班主任50名，"
     "义务教育学校集团化办学实现全覆盖，泰职院获批省高水平高职学校建设单位。", {"泰职院"}),  # 泰州 2023
    ("支持南方职院、广东邮电职院、华立学院、华商职院等加快建设。",
     {"南方职院", "广东邮电职院", "华商职院"}),  # 江门 2021
    ("深化校地合作，支持湖北民族大学建设全省一流大学、恩施学院建设特色鲜明的应用型大学、恩施职院推进“新双高”建设。",
     {"恩施职院"}),  # 恩施 2025
    ("实施现代种业提升和农业良种工程，支持丹东农科院等育繁推一体化种子企业发展，加快丹东特色农产品研发中心建设。",
     {"丹东农科院"}),  # 丹东 2021
    ("发挥渤海先研院、魏桥国科研究院辐射带动作用，支持京博化工研究院、滨化中央研究院、中裕农科院等做优做强。",
     {"中裕农科院"}),  # 滨州 2024
    ("抓好与省生态环境厅绿色发展“七大行动”，抓好与省林草局资源保护利用17项任务，抓好与省林科院科技成果产业化落地。",
     {"省林科院"}),  # 伊春 2022
    ("强化农业科技支撑，深入实施种业振兴行动，推进市农科所易地重建。", {"市农科所"}),  # 汕头 2022
]


@pytest.mark.parametrize("text,names", NAMED)
def test_abbreviated_institution_is_an_organization(text, names):
    assert names <= extract(text)["organizations"]


def test_list_items_do_not_share_an_abbreviated_head():
    # 安顺 2020: 一流学科建设 is what 安顺学院 does, no 职院 of its own; 高职院 is a level of schooling
    orgs = extract("支持安顺学院开展一流学科建设、安顺职院建成省优质高职院校，推动贵州民用航空职业学院加快建设。")["organizations"]
    assert "安顺职院" in orgs
    assert not any(n.endswith("高职院") or "建设职院" in n for n in orgs)


@pytest.mark.parametrize("text,name", [
    ("高等教育毛入学率达55.7%，杭州师范大学“创一流”取得新进展，杭州职业技术学院进入国家骨干示范高职院校建设行列。",
     "杭州职业技术学院"),  # 杭州 2011: a 高职院 later in the clause is no head the college's name runs on to
    ("医联体实现城乡全覆盖，完善了专家出诊、分级诊疗和双向转诊机制，为乡镇卫生院招聘医科大学生18名。", None),  # 七台河 2016
])
def test_levels_and_words_are_no_abbreviated_heads(text, name):
    orgs = extract(text)["organizations"]
    if name:
        assert name in orgs
    assert not any(n.endswith(("高职院", "医科大")) for n in orgs)


def test_university_keeps_its_full_head():
    # 医科大 must not cut 医科大学 short (nor hide its 大学 head)
    orgs = extract("深化与南京医科大学合作，共建附属医院。")["organizations"]
    assert "南京医科大学" in orgs and "南京医科大" not in orgs


def test_bare_city_investment_company_is_a_kind():
    # 湟源 2018: 城投 alone is the kind of company every county has
    assert "城投" not in extract("支持城投、湟投等企业发行债券，提高直接融资特别是股权融资比重，降低融资成本和杠杆率。")["organizations"]


def test_state_investment_company_by_its_short_name():
    # 襄阳 2022: XX国投 is the city's investment company; 投 of 国投 that begins 投资 or 投洽会 ends no name
    text = ("改革开放持续突破，区域性统一评价、“三医联动”改革和宜城农村土地制度改革三项试点荣获湖北改革奖，"
            "国企改革迈出实质性步伐，汉江国投综合实力大幅提升。")
    assert "汉江国投" in extract(text)["organizations"]
    assert not extract("办好创业漳州台商大会、漳台经贸恳谈会，积极参加第18届中国投洽会。")["organizations"] & {"中国投", "第18届中国投"}
    # 襄阳 2023: the company's total assets (汉江国投|资产总额), not 投资
    assert "汉江国投" in extract("国企改革三年任务全面完成，襄阳粮油集团挂牌成立，汉江国投资产总额突破2000亿元。")["organizations"]
